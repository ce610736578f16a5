import { DEMO_DATA } from '@schutznetz/demo-data';
import { startTestApi } from '../../test/graphql';
import { useTestApi } from '../../test/fixtures';

/**
 * Honest free places and routes that go on, on the demo data (real Neo4j): the police in Zerbst
 * on the demo's Saturday night reach a shelter with places through the full one or a direct
 * contact; a stale "full" is unknown; a shelter's own staff report its places in one action.
 */

const COORDINATOR = 'coordinator-token-0123456789abc';
const KOETHEN_STAFF = 'koethen-shelter-token-0123456789';
const OTHER_MEMBER = 'other-member-token-0123456789ab';
const AS = (token: string) => ({ authorization: `Bearer ${token}` });

const SATURDAY_23 = '2026-03-14T23:00:00+01:00';
const KOETHEN = 'svc:frauenhaus_koethen_schutz';
const KOETHEN_TEAM = 'person:p0041';

const ROUTES = `
query CapacityRoutes($need: ReferralNeedInput!) {
  referralRoutes(start: { institutionKind: POLICE_STATION, municipality: "zerbst" }, need: $need, k: 5) {
    routes {
      kind
      startReach { phone }
      hops { from { id } to { id kind } via referralPathId reach { phone } }
      endService { id }
      endInstitution { id kind }
      endReach { phone }
      endCapacity { state free reportedAt }
    }
  }
}`;

interface Route {
  kind: string;
  startReach: { phone: string | null } | null;
  hops: {
    from: { id: string } | null;
    to: { id: string; kind: string };
    via: string;
    referralPathId: string | null;
    reach: { phone: string | null } | null;
  }[];
  endService: { id: string };
  endInstitution: { id: string; kind: string };
  endReach: { phone: string | null } | null;
  endCapacity: { state: string; free: number | null; reportedAt: string | null } | null;
}

const REPORT = `
mutation Report($serviceId: ID!, $free: Int!) {
  reportFreePlaces(serviceId: $serviceId, free: $free) { id capacityFree capacityReportedAt version }
}`;

describe('free places and routes that go on (real Neo4j, demo data)', () => {
  const api = useTestApi(() =>
    startTestApi(DEMO_DATA, {
      ANONYMOUS_ROLE: 'public',
      AUTH_TOKENS:
        `${COORDINATOR}:coordinator:Netzwerkkoordination,` +
        `${KOETHEN_STAFF}:member:Team Frauenhaus Köthen,` +
        `${OTHER_MEMBER}:member:Beratung Aken`,
    }),
  );

  async function routes(need: Record<string, unknown>): Promise<Route[]> {
    const result = await api.query<{ referralRoutes: { routes: Route[] } }>(ROUTES, {
      need: { topic: 'domestic_violence', municipality: 'zerbst', targetGroup: 'women', ...need },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.referralRoutes.routes;
  }

  it('reaches a shelter with free places from the police in Zerbst on Saturday 23:00, through the full shelter or a direct contact, each step with a phone', async () => {
    const found = await routes({ at: SATURDAY_23 });
    const onward = found.filter(
      (r) =>
        r.endInstitution.kind === 'WOMENS_SHELTER' &&
        r.endCapacity?.state === 'FREE' &&
        (r.hops.some((h) => h.to.id === 'org:frauenhaus_koethen') ||
          (r.hops[0]?.via === 'DIRECT_CONTACT' && r.hops.length > 1)),
    );
    expect(onward.length).toBeGreaterThan(0);
    for (const route of onward) {
      expect(route.endCapacity?.free).toBeGreaterThan(0);
      expect(route.startReach?.phone).toMatch(/\d/);
      for (const hop of route.hops) expect(hop.reach?.phone).toMatch(/\d/);
      expect(route.endReach?.phone).toMatch(/\d/);
    }
    // The shelter reported full that evening is a hand-over point, never an end.
    expect(found.map((r) => r.endService.id)).not.toContain(KOETHEN);
    // In Russian: the shelter outside the county, handed over from Köthen.
    const russian = await routes({ at: SATURDAY_23, language: 'RU' });
    const away = russian.filter((r) => r.endService.id === 'svc:frauenhaus_mittelelbe_schutz');
    expect(away[0]?.endCapacity).toMatchObject({ state: 'FREE', free: 2 });
    expect(away.map((r) => r.hops.map((h) => h.to.id))).toContainEqual([
      'org:frauenhaus_koethen',
      'org:frauenhaus_mittelelbe',
    ]);
  });

  it('treats a "full" reported six days earlier as unknown, with its report time, not as full', async () => {
    const found = await routes({ at: '2026-03-20T12:00:00+01:00' });
    const koethen = found.find((r) => r.endService.id === KOETHEN);
    expect(koethen?.endCapacity?.state).toBe('UNKNOWN');
    expect(koethen?.endCapacity?.free).toBeNull();
    expect(Date.parse(koethen!.endCapacity!.reportedAt!)).toBe(
      Date.parse('2026-03-14T18:40:00+01:00'),
    );
  });

  it('lets the shelter’s own staff report free places in one action, refuses another member, and stores the time', async () => {
    const linked = await api.query<{ linkPersonSignIn: string }>(
      'mutation { linkPersonSignIn(personId: "' +
        KOETHEN_TEAM +
        '", subject: "static:Team Frauenhaus Köthen") }',
      {},
      AS(COORDINATOR),
    );
    expect(linked.errors).toBeUndefined();

    const mine = await api.query<{ reportableServices: { id: string }[] }>(
      '{ reportableServices { id } }',
      {},
      AS(KOETHEN_STAFF),
    );
    expect(mine.data?.reportableServices.map((s) => s.id)).toEqual([KOETHEN]);

    const before = Date.now();
    const reported = await api.query<{
      reportFreePlaces: { capacityFree: number; capacityReportedAt: string };
    }>(REPORT, { serviceId: KOETHEN, free: 1 }, AS(KOETHEN_STAFF));
    expect(reported.errors).toBeUndefined();
    expect(reported.data?.reportFreePlaces.capacityFree).toBe(1);
    const [stored] = await api.cypher<{ free: number; at: string; by: string }>(
      'MATCH (s:Service {id: $id}) RETURN s.capacityFree AS free, s.capacityReportedAt AS at, s.updatedBy AS by',
      { id: KOETHEN },
    );
    expect(stored?.free).toBe(1);
    expect(Date.parse(stored!.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(stored!.at)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(stored?.by).toBe('Team Frauenhaus Köthen');

    const other = await api.query(REPORT, { serviceId: KOETHEN, free: 0 }, AS(OTHER_MEMBER));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.query(REPORT, { serviceId: KOETHEN, free: 0 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const negative = await api.query(REPORT, { serviceId: KOETHEN, free: -1 }, AS(KOETHEN_STAFF));
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await api.query(REPORT, { serviceId: KOETHEN, free: 9 }, AS(KOETHEN_STAFF));
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capacityFree',
    });
    const [after] = await api.cypher<{ free: number }>(
      'MATCH (s:Service {id: $id}) RETURN s.capacityFree AS free',
      { id: KOETHEN },
    );
    expect(after?.free).toBe(1);

    // "Belegt" by a coordinator, who may report on any shelter.
    const full = await api.query<{ reportFreePlaces: { capacityFree: number } }>(
      REPORT,
      { serviceId: 'svc:frauenhaus_biwo_schutz', free: 0 },
      AS(COORDINATOR),
    );
    expect(full.data?.reportFreePlaces.capacityFree).toBe(0);
  });
});
