import { DEMO_DATA } from '@schutznetz/demo-data';
import { SnapshotRepository } from '../../analysis-graph/snapshot.repository';
import { Neo4jExecutor } from '../../neo4j/executor';
import { startTestApi } from '../../test/graphql';
import { useTestApi } from '../../test/fixtures';
import { SnapshotStoreRepository } from './snapshot.repository';
import { SnapshotStoreService } from './snapshot.service';

/**
 * Dated snapshots of the graph on the demo data (real Neo4j): a snapshot reads back as the graph
 * stood when it was taken, later edits leave it alone, the demo keeps the evenings of its last
 * meetings, and only analysts and up see them.
 */

const COORDINATOR = 'coordinator-token-0123456789abc';
const ANALYST = 'analyst-token-0123456789abcdef';
const MEMBER = 'member-token-0123456789abcdefgh';
const AS = (token: string) => ({ authorization: `Bearer ${token}` });

const TAKE = `mutation Take($label: String!) {
  takeSnapshot(label: $label) { id takenAt label takenBy institutionCount personCount }
}`;

interface SnapshotRow {
  id: string;
  takenAt: string;
  label: string;
  takenBy: string;
  institutionCount: number;
  personCount: number;
}

describe('dated snapshots of the graph (real Neo4j, demo data)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS:
        `${COORDINATOR}:coordinator:Netzwerkkoordination,` +
        `${ANALYST}:analyst:Jugendhilfeplanung,${MEMBER}:member:Beratung Aken`,
    }),
  );
  const executor = () => new Neo4jExecutor(api.driver, 'neo4j');
  const store = () => new SnapshotStoreService(new SnapshotStoreRepository(executor()));
  const currentGraph = () => new SnapshotRepository(executor()).readDataSet();

  it('reads a snapshot back as the graph stood when it was taken, and a later edit leaves it as it was', async () => {
    const before = await currentGraph();
    const taken = await api.query<{ takeSnapshot: SnapshotRow }>(
      TAKE,
      { label: 'Stand zur AK-Sitzung' },
      AS(COORDINATOR),
    );
    expect(taken.errors).toBeUndefined();
    const info = taken.data!.takeSnapshot;
    expect(info).toMatchObject({
      label: 'Stand zur AK-Sitzung',
      takenBy: 'Netzwerkkoordination',
      institutionCount: DEMO_DATA.institutions.length,
      personCount: DEMO_DATA.people.length,
    });
    expect(Math.abs(Date.parse(info.takenAt) - Date.now())).toBeLessThan(60_000);

    expect((await store().loadSnapshot(info.id)).data).toEqual(before);

    await api.cypher(
      'MATCH (i:Institution {id: "org:frauenhaus_koethen"}) SET i.name = "Umbenannt", i.version = i.version + 1',
    );
    await api.cypher('MATCH (p:Person {id: "person:p0041"}) DETACH DELETE p');
    const after = await currentGraph();
    expect(after.people).toHaveLength(before.people.length - 1);

    const again = await store().loadSnapshot(info.id);
    expect(again.data).toEqual(before);
    expect(again.graph.people.map((p) => p.id)).toContain('person:p0041');
    expect(again.graph.institutions.find((i) => i.id === 'org:frauenhaus_koethen')?.name).toBe(
      'Frauen- und Kinderschutzhaus Köthen',
    );
  });

  it('keeps the demo’s evenings of its last three meeting days, and finds the latest on or before a date', async () => {
    const listed = await api.query<{ snapshots: SnapshotRow[] }>(
      '{ snapshots { id takenAt label takenBy } }',
      {},
      AS(ANALYST),
    );
    expect(listed.errors).toBeUndefined();
    const demo = listed.data!.snapshots.filter((s) => s.takenBy === 'Demo-Daten');
    expect(demo.map((s) => s.id)).toEqual([
      'snapshot:demo-2025-03-19',
      'snapshot:demo-2024-12-04',
      'snapshot:demo-2024-11-13',
    ]);
    expect(demo[0]?.takenAt).toBe('2025-03-19T19:00:00.000Z');

    const january = await store().snapshotAt('2025-01-10');
    expect(january?.info.id).toBe('snapshot:demo-2024-12-04');
    // Before the AK meeting of 2025-03-19: neither it nor the gap recorded there.
    expect(january?.data.meetings.map((m) => m.id)).not.toContain('mtg:ak_2025_03_19');
    expect(january?.data.meetings).toHaveLength(8);
    expect(january?.data.gaps).toHaveLength(DEMO_DATA.gaps.length - 1);
    // On the day itself the evening's snapshot counts.
    expect((await store().snapshotAt('2024-12-04'))?.info.id).toBe('snapshot:demo-2024-12-04');
    expect(await store().snapshotAt('2024-11-12')).toBeNull();
  });

  it('answers the latest snapshot for a report while nothing changed, and a new one after an edit', async () => {
    const first = await store().currentSnapshot('Kapazitätsbericht', 'Jugendhilfeplanung');
    const unchanged = await store().currentSnapshot('Kapazitätsbericht', 'Jugendhilfeplanung');
    expect(unchanged.id).toBe(first.id);
    await api.cypher(
      'MATCH (s:Service {id: "svc:frauenhaus_koethen_schutz"}) SET s.capacityTotal = 9',
    );
    const changed = await store().currentSnapshot('Kapazitätsbericht', 'Jugendhilfeplanung');
    expect(changed.id).not.toBe(first.id);
    const services = (await store().loadSnapshot(changed.id)).data.services;
    expect(services.find((s) => s.id === 'svc:frauenhaus_koethen_schutz')?.capacityTotal).toBe(9);
  });

  it('lists snapshots for analysts and up only, and lets only coordinators take one', async () => {
    const publicList = await api.query('{ snapshots { id } }');
    expect(publicList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const memberList = await api.query('{ snapshots { id } }', {}, AS(MEMBER));
    expect(memberList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const analystTake = await api.query(TAKE, { label: 'x' }, AS(ANALYST));
    expect(analystTake.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blank = await api.query(TAKE, { label: '   ' }, AS(COORDINATOR));
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'label' });
    await expect(store().loadSnapshot('snapshot:none')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
