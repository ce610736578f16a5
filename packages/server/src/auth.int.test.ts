import { useTestApi } from './test/fixtures';
import { startTestApi } from './test/graphql';

const COORDINATOR_TOKEN = 'coordinator-token-0123456789';
const CREATE = `mutation { createInstitution(input: { name: "Neue Stelle", kind: SCHOOL, municipality: "aken" }) { id updatedBy } }`;

describe('roles (real Neo4j)', () => {
  const api = useTestApi(() =>
    startTestApi(undefined, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${COORDINATOR_TOKEN}:coordinator:Netzwerkkoordination Kinderschutz`,
    }),
  );

  it('refuses changes from the public view with FORBIDDEN and writes nothing', async () => {
    const result = await api.query(CREATE);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.cypher('MATCH (n:Institution) RETURN n')).toEqual([]);
  });

  it('tells a client its role, so it offers only what the role may do', async () => {
    const VIEWER = '{ viewer { name role canSeeContacts canEdit } }';
    expect((await api.query(VIEWER)).data).toEqual({
      viewer: { name: 'anonymous', role: 'PUBLIC', canSeeContacts: false, canEdit: false },
    });
    const coordinator = await api.query(
      VIEWER,
      {},
      { authorization: `Bearer ${COORDINATOR_TOKEN}` },
    );
    expect(coordinator.data).toEqual({
      viewer: {
        name: 'Netzwerkkoordination Kinderschutz',
        role: 'COORDINATOR',
        canSeeContacts: true,
        canEdit: true,
      },
    });
  });

  it.each([
    [
      'createService',
      'mutation { createService(input: { institutionId: "org:x", name: "Beratung", topics: ["stalking"] }) { id } }',
    ],
    [
      'updateService',
      'mutation { updateService(input: { id: "svc:x", version: 1, name: "Beratung" }) { id } }',
    ],
    ['deleteService', 'mutation { deleteService(id: "svc:x", version: 1) }'],
    [
      'createReferralPath',
      'mutation { createReferralPath(input: { fromId: "org:a", toId: "org:b", consent: REQUIRED, dataMode: NONE, urgency: DAYS }) { id } }',
    ],
    [
      'updateReferralPath',
      'mutation { updateReferralPath(input: { id: "ref:x", version: 1, conditions: "x" }) { id } }',
    ],
    ['deleteReferralPath', 'mutation { deleteReferralPath(id: "ref:x", version: 1) }'],
  ])('refuses %s to the public view with FORBIDDEN', async (_name, mutation) => {
    const result = await api.query(mutation);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown token with 401 instead of treating it as no token, and writes nothing', async () => {
    const response = await fetch(`${api.app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer guessed-token-0000000000',
      },
      body: JSON.stringify({ query: CREATE }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Unknown access token.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(await api.cypher('MATCH (n:Institution) RETURN n')).toEqual([]);
  });

  it('offers the static-token sign-in to the web client when no identity provider is configured', async () => {
    const response = await fetch(`${api.app.url}/auth/config`);
    expect(await response.json()).toEqual({ oidc: null, staticTokens: true });
  });

  it('lets a coordinator change data and records who did it', async () => {
    const result = await api.query<{ createInstitution: { updatedBy: string } }>(
      CREATE,
      {},
      { authorization: `Bearer ${COORDINATOR_TOKEN}` },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createInstitution.updatedBy).toBe('Netzwerkkoordination Kinderschutz');
  });

  it('lets the public read institutions', async () => {
    const result = await api.query<{ institutions: { totalCount: number } }>(
      '{ institutions { totalCount } }',
    );
    expect(result.data?.institutions.totalCount).toBe(1);
  });
});
