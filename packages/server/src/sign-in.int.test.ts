import { startTestApi, type TestApi } from './test/graphql';
import { startTestOidcProvider, type TestOidcProvider } from './test/oidc-provider';

/**
 * Sign-in through a real OpenID Provider (oidc-provider, started on loopback by the test) that
 * issues signed JWT access tokens through real client_credentials grants, against the real
 * server and Neo4j. Roles come from the token's `realm_access.roles`, as Keycloak writes them.
 */

const CREATE_INSTITUTION = `mutation { createInstitution(input: { name: "Beratungsstelle Aken", kind: SCHOOL, municipality: "aken" }) { id updatedBy } }`;
const CREATE_PERSON = `mutation { createPerson(input: { givenName: "Anna", familyName: "Beispiel", functionTitle: "Sozialarbeiterin", listingBasis: CONSENT, isFictional: true }) { id } }`;
const PEOPLE = '{ people { totalCount nodes { displayName } } }';
const VIEWER = '{ viewer { name role canSeeContacts canEdit } }';

interface HttpAnswer {
  readonly status: number;
  readonly wwwAuthenticate: string | null;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

describe('sign-in with access tokens of an OpenID Connect provider (real provider, real Neo4j)', () => {
  let provider: TestOidcProvider;
  let otherProvider: TestOidcProvider;
  let forger: TestOidcProvider;
  let api: TestApi;

  /** POSTs a GraphQL query with `Authorization: Bearer <token>` (none without a token). */
  async function ask(query: string, token?: string): Promise<HttpAnswer> {
    const response = await fetch(`${api.app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      wwwAuthenticate: response.headers.get('www-authenticate'),
      body: (await response.json()) as HttpAnswer['body'],
    };
  }

  beforeAll(async () => {
    const clients = [
      { clientId: 'koordination', roles: ['member', 'coordinator'], name: 'Netzwerkkoordination' },
      { clientId: 'fachkraft', roles: ['member'], name: 'Fachkraft Jugendamt' },
      { clientId: 'ohne-rolle', roles: ['offline_access'], name: 'Ohne Rolle' },
      { clientId: 'kurzlebig', roles: ['coordinator'], name: 'Kurzlebig', accessTokenTtl: 1 },
    ];
    provider = await startTestOidcProvider({ clients });
    // Another provider altogether, and one that claims to be `provider` with keys of its own.
    otherProvider = await startTestOidcProvider({ clients });
    forger = await startTestOidcProvider({ clients, issuer: provider.issuer });
    api = await startTestApi(undefined, { ANONYMOUS_ROLE: 'public', ...provider.serverEnv });
  });

  afterAll(async () => {
    await api.close();
    await Promise.all([provider.close(), otherProvider.close(), forger.close()]);
  });

  it('gives a request without a token the anonymous role', async () => {
    const answer = await ask(VIEWER);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      viewer: { name: 'anonymous', role: 'PUBLIC', canSeeContacts: false, canEdit: false },
    });
  });

  it('lets a coordinator of the provider edit, recording the name from the token', async () => {
    const token = await provider.accessToken('koordination');
    expect((await ask(VIEWER, token)).body.data).toEqual({
      viewer: {
        name: 'Netzwerkkoordination',
        role: 'COORDINATOR',
        canSeeContacts: true,
        canEdit: true,
      },
    });
    const created = await ask(CREATE_INSTITUTION, token);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.['createInstitution']).toMatchObject({
      updatedBy: 'Netzwerkkoordination',
    });
  });

  it('lets a member see people but not edit', async () => {
    const coordinator = await provider.accessToken('koordination');
    expect((await ask(CREATE_PERSON, coordinator)).body.errors).toBeUndefined();

    const member = await provider.accessToken('fachkraft');
    const people = await ask(PEOPLE, member);
    expect(people.body.errors).toBeUndefined();
    expect(people.body.data).toEqual({
      people: { totalCount: 1, nodes: [{ displayName: 'Anna Beispiel' }] },
    });
    const refused = await ask(CREATE_INSTITUTION, member);
    expect(refused.status).toBe(200);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a signed-in user without any Schutznetz role the public view', async () => {
    const token = await provider.accessToken('ohne-rolle');
    expect((await ask(VIEWER, token)).body.data).toEqual({
      viewer: { name: 'Ohne Rolle', role: 'PUBLIC', canSeeContacts: false, canEdit: false },
    });
  });

  it('refuses an expired token with 401 saying it expired, and writes nothing', async () => {
    const token = await provider.accessToken('kurzlebig');
    // Its lifetime is one second; the server accepts no clock skew in this test.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const before = await api.cypher<{ n: number }>('MATCH (i:Institution) RETURN count(i) AS n');
    const answer = await ask(CREATE_INSTITUTION, token);
    expect(answer.status).toBe(401);
    expect(answer.wwwAuthenticate).toMatch(/^Bearer .*error="invalid_token"/);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([
      {
        message: 'The access token has expired. Sign in again.',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    expect(await api.cypher('MATCH (i:Institution) RETURN count(i) AS n')).toEqual(before);
  });

  it.each([
    [
      'from another identity provider',
      () => otherProvider.accessToken('koordination'),
      /issued by another identity provider/,
    ],
    [
      "signed with a key not in the provider's key set",
      () => forger.accessToken('koordination'),
      /signature does not verify/,
    ],
    [
      'for another audience',
      () => provider.accessToken('koordination', { resource: 'https://other-api.example' }),
      /not meant for this API/,
    ],
    ['that is not a JWT', () => Promise.resolve('guessed-token-0000000000'), /not a well-formed/],
    [
      'whose signature was cut off',
      async () => (await provider.accessToken('koordination')).replace(/\.[^.]+$/, '.'),
      /not a well-formed|signature does not verify/,
    ],
  ])('refuses a token %s with 401 and says why', async (_case, token, message) => {
    const answer = await ask(VIEWER, await token());
    expect(answer.status).toBe(401);
    expect(answer.wwwAuthenticate).toMatch(/^Bearer .*error="invalid_token"/);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(answer.body.errors?.[0]?.message).toMatch(message);
  });

  it('refuses another scheme than Bearer instead of ignoring it', async () => {
    const response = await fetch(`${api.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YWRtaW46YWRtaW4=' },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a bad token on the generic body path too (a streamed body the lean path passes on)', async () => {
    const chunked = await fetch(`${api.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer guessed' },
      // A stream has no content-length: express.json() and Apollo's Express integration read it.
      body: new Blob([JSON.stringify({ query: VIEWER })]).stream(),
      duplex: 'half',
    });
    expect(chunked.status).toBe(401);
  });

  it('announces the provider and the public client id to the web client, nothing secret', async () => {
    const response = await fetch(`${api.app.url}/auth/config`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      oidc: { issuer: provider.issuer, clientId: 'schutznetz-web', scope: 'openid profile' },
      staticTokens: false,
    });
  });
});

describe('sign-in while the identity provider cannot be reached (real provider, real Neo4j)', () => {
  it('answers 503 and never lets a token through or treats it as anonymous', async () => {
    const provider = await startTestOidcProvider({
      clients: [{ clientId: 'koordination', roles: ['coordinator'], name: 'Koordination' }],
    });
    const token = await provider.accessToken('koordination');
    await provider.close();
    const api = await startTestApi(undefined, { ANONYMOUS_ROLE: 'public', ...provider.serverEnv });
    try {
      const response = await fetch(`${api.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: VIEWER }),
      });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        errors: [
          {
            message:
              'The identity provider cannot be reached, so the sign-in cannot be checked. Please try again shortly.',
            extensions: { code: 'IDENTITY_PROVIDER_UNAVAILABLE' },
          },
        ],
      });
      // Without a token the public view still works.
      const anonymous = await fetch(`${api.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: VIEWER }),
      });
      expect(anonymous.status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
