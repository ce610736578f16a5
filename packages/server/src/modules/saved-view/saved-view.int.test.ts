import { useTestApi } from '../../test/fixtures';
import { startTestApi } from '../../test/graphql';

const MEMBER = 'member-token-0123456789abcdef';
const COORDINATOR = 'coordinator-token-0123456789abc';
const AS_MEMBER = { authorization: `Bearer ${MEMBER}` };
const AS_COORDINATOR = { authorization: `Bearer ${COORDINATOR}` };

const CREATE = `
mutation($input: CreateSavedViewInput!) {
  createSavedView(input: $input) { id name state createdBy version positions { nodeId x y } }
}`;
const READ = `
query($id: ID!) { savedView(id: $id) { id name state createdBy updatedBy version positions { nodeId x y } } }`;
const UPDATE = `
mutation($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { name version createdBy updatedBy } }`;

interface StoredView {
  id: string;
  name: string;
  state: string;
  createdBy: string;
  updatedBy: string;
  version: number;
  positions: { nodeId: string; x: number; y: number }[];
}

// Coordinates with every digit a double holds, negatives and a whole number.
const POSITIONS = [
  { nodeId: 'inst:interventionsstelle', x: 123.45678901234567, y: -98.76543210987654 },
  { nodeId: 'person:d9a3', x: -0.1, y: 1e-7 },
  { nodeId: 'net:ak_gegen_gewalt', x: 400, y: 2 / 3 },
];
const STATE = 'network=net:ak_gegen_gewalt&municipality=koethen&size=betweenness';

describe('saved explorer views over GraphQL (real Neo4j)', () => {
  const api = useTestApi(() =>
    startTestApi(undefined, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS: `${MEMBER}:member:Schulsozialarbeit Aken,${COORDINATOR}:coordinator:Netzwerkkoordination`,
    }),
  );

  async function save(): Promise<StoredView> {
    const created = await api.query<{ createSavedView: StoredView }>(
      CREATE,
      { input: { name: 'AK gegen Gewalt – Köthen', state: STATE, positions: POSITIONS } },
      AS_COORDINATOR,
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createSavedView;
  }

  it('gives back every position exactly as saved, with the state and who saved it', async () => {
    const { id } = await save();
    const read = await api.query<{ savedView: StoredView }>(READ, { id }, AS_MEMBER);
    expect(read.errors).toBeUndefined();
    expect(read.data!.savedView).toEqual({
      id,
      name: 'AK gegen Gewalt – Köthen',
      state: STATE,
      createdBy: 'Netzwerkkoordination',
      updatedBy: 'Netzwerkkoordination',
      version: 1,
      positions: POSITIONS,
    });
  });

  it('lets members read the views but not the public, and only coordinators write', async () => {
    const { id } = await save();
    const asPublic = await api.query(READ, { id });
    expect(asPublic.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await api.query<{ savedViews: { totalCount: number } }>(
      '{ savedViews { totalCount } }',
      {},
      AS_MEMBER,
    );
    expect(list.data?.savedViews.totalCount).toBeGreaterThanOrEqual(1);
    const byMember = await api.query(
      CREATE,
      { input: { name: 'Meine Sicht', positions: [] } },
      AS_MEMBER,
    );
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('renames a view in a new version, keeping who saved it first, and refuses a stale one', async () => {
    const { id } = await save();
    const renamed = await api.query<{ updateSavedView: StoredView }>(
      UPDATE,
      { input: { id, version: 1, name: 'AK März 2027' } },
      AS_COORDINATOR,
    );
    expect(renamed.data?.updateSavedView).toEqual({
      name: 'AK März 2027',
      version: 2,
      createdBy: 'Netzwerkkoordination',
      updatedBy: 'Netzwerkkoordination',
    });
    const stale = await api.query(
      UPDATE,
      { input: { id, version: 1, name: 'Zu spät' } },
      AS_COORDINATOR,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const read = await api.query<{ savedView: StoredView }>(READ, { id }, AS_MEMBER);
    expect(read.data?.savedView.positions).toEqual(POSITIONS);
  });

  it('refuses a node twice, a view parameter in the state and deletes with its version', async () => {
    const twice = await api.query(
      CREATE,
      { input: { name: 'Doppelt', positions: [POSITIONS[0], POSITIONS[0]] } },
      AS_COORDINATOR,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'positions.1.nodeId',
    });
    const nested = await api.query(
      CREATE,
      { input: { name: 'Verweis', state: 'view=view:1' } },
      AS_COORDINATOR,
    );
    expect(nested.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'state',
    });

    const { id } = await save();
    const deleted = await api.query<{ deleteSavedView: string }>(
      'mutation($id: ID!) { deleteSavedView(id: $id, version: 1) }',
      { id },
      AS_COORDINATOR,
    );
    expect(deleted.data?.deleteSavedView).toBe(id);
    const gone = await api.query<{ savedView: null }>(READ, { id }, AS_MEMBER);
    expect(gone.data?.savedView).toBeNull();
  });
});
