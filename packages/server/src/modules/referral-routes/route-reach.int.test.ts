import { DEMO_DATA } from '@schutznetz/demo-data';
import { hasProtectedAddress } from '@schutznetz/domain';
import { AS_ANALYST, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * How each step of a route is reached (issue 12.1), over GraphQL on the demo data (real Neo4j),
 * asked by the public: the police in Zerbst on a Saturday 23:00 after domestic violence.
 */

const REACH = `entryId serviceId phone email website addressProtected street postalCode municipality
  at availability todayHours { day opens closes } nextOpeningAt people { id name role phone email }
  available24x7 weeklyHours { day opens closes }`;

const ROUTES = `
query ReachRoutes($start: RouteStartInput!, $need: ReferralNeedInput!, $k: Int) {
  referralRoutes(start: $start, need: $need, k: $k) {
    routes {
      start { id } startReach { ${REACH} }
      hops { to { id } reach { ${REACH} } }
      endService { id } endInstitution { id } endReach { ${REACH} }
    }
  }
}`;

interface Reach {
  entryId: string;
  serviceId: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  addressProtected: boolean;
  street: string | null;
  postalCode: string | null;
  municipality: string;
  at: string;
  availability: string;
  todayHours: { day: string; opens: string; closes: string }[];
  nextOpeningAt: string | null;
  people:
    { id: string; name: string; role: string; phone: string | null; email: string | null }[] | null;
  available24x7: boolean;
  weeklyHours: { day: string; opens: string; closes: string }[];
}

/** Monday to Friday with the same hours, as the API lists a week. */
const workingDays = (opens: string, closes: string) =>
  ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((day) => ({ day, opens, closes }));

interface Route {
  start: { id: string } | null;
  startReach: Reach | null;
  hops: { to: { id: string }; reach: Reach | null }[];
  endService: { id: string };
  endInstitution: { id: string };
  endReach: Reach | null;
}

const institutionById = new Map(DEMO_DATA.institutions.map((i) => [i.id, i]));
const SATURDAY_23 = '2026-03-14T23:00:00+01:00';

describe('route steps say how to reach them (public, demo data, real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);
  let routes: Route[] = [];
  let raw = '';

  async function search(
    headers?: Record<string, string>,
    language?: string,
    place = 'zerbst',
    topic = 'domestic_violence',
  ) {
    const variables = {
      start: { institutionKind: 'POLICE_STATION', municipality: place },
      need: {
        topic,
        municipality: place,
        targetGroup: 'women',
        age: 34,
        at: SATURDAY_23,
        ...(language === undefined ? {} : { language }),
      },
      k: 5,
    };
    const result = await api.query<{ referralRoutes: { routes: Route[] } }>(
      ROUTES,
      variables,
      headers,
    );
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  beforeAll(async () => {
    const data = await search();
    routes = data.referralRoutes.routes;
    raw = JSON.stringify(data);
  });

  function stepsOf(route: Route): Reach[] {
    return [route.startReach, ...route.hops.map((h) => h.reach), route.endReach].flatMap((r) =>
      r === null ? [] : [r],
    );
  }

  it('gives every step of every route (start, each receiver, end service) the institution’s phone number', () => {
    expect(routes.length).toBeGreaterThan(1);
    for (const route of routes) {
      expect(route.startReach?.entryId).toBe(route.start?.id);
      for (const hop of route.hops) expect(hop.reach?.entryId).toBe(hop.to.id);
      expect(route.endReach?.entryId).toBe(route.endInstitution.id);
      expect(route.endReach?.serviceId).toBe(route.endService.id);
      expect(stepsOf(route)).toHaveLength(route.hops.length + 2);
      for (const step of stepsOf(route)) {
        expect(step.phone).toMatch(/\d/);
        expect(step.phone).toBe(institutionById.get(step.entryId)?.phone);
        expect(step.at).toBe(SATURDAY_23);
      }
    }
  });

  it('marks a women’s shelter step as address-protected and gives no street or postal code', () => {
    const shelterSteps = routes
      .flatMap(stepsOf)
      .filter((s) => hasProtectedAddress(institutionById.get(s.entryId)!.kind));
    expect(shelterSteps.length).toBeGreaterThan(0);
    for (const step of shelterSteps) {
      expect(step.addressProtected).toBe(true);
      expect(step.street).toBeNull();
      expect(step.postalCode).toBeNull();
    }
    // Other steps carry the address as recorded (the police in Zerbst: a postal code).
    const others = routes.flatMap(stepsOf).filter((s) => !s.addressProtected);
    for (const step of others) {
      const institution = institutionById.get(step.entryId)!;
      expect([step.street, step.postalCode]).toEqual([institution.street, institution.postalCode]);
    }
    expect(others.some((s) => s.postalCode !== null)).toBe(true);
  });

  it('shows an office-hours service as closed on Saturday 23:00, opening at its Monday hour', async () => {
    const id = 'svc:interventionsstelle_proaktiv';
    const service = DEMO_DATA.services.find((s) => s.id === id)!;
    // Read from the demo data: weekday hours only, none on the weekend.
    expect(service.available24x7).toBe(false);
    expect(service.openingHours.some((h) => h.day === 'sat' || h.day === 'sun')).toBe(false);
    const monday = service.openingHours.find((h) => h.day === 'mon')!;
    // In Russian the shelters in reach are fewer, so the Interventionsstelle is among the five.
    const russian = (await search(undefined, 'RU')).referralRoutes.routes;
    const reach = russian.find((r) => r.endService.id === id)?.endReach;
    expect(reach).toBeDefined();
    expect(reach!.availability).toBe('CLOSED');
    expect(reach!.todayHours).toEqual([]);
    expect(reach!.nextOpeningAt).toBe(`2026-03-16T${monday.opens}:00+01:00`);
    const shelter = routes.find((r) => r.endService.id === 'svc:frauenhaus_biwo_schutz')?.endReach;
    expect(shelter?.availability).toBe('OPEN_24_7');
    expect(shelter?.nextOpeningAt).toBe(SATURDAY_23);
  });

  it('gives the Interventionsstelle’s end step its whole week, Monday to Friday 08:00–16:00, on a Saturday night', async () => {
    const russian = (await search(undefined, 'RU')).referralRoutes.routes;
    const reach = russian.find(
      (r) => r.endService.id === 'svc:interventionsstelle_proaktiv',
    )?.endReach;
    expect(reach?.available24x7).toBe(false);
    expect(reach?.weeklyHours).toEqual(workingDays('08:00', '16:00'));
    // The police in Zerbst, where the routes start, are there around the clock: no week to list.
    expect(russian[0]?.startReach?.available24x7).toBe(true);
    expect(russian[0]?.startReach?.weeklyHours).toEqual([]);
  });

  it('gives an end service its own week and the hop to its institution the institution’s (the shelter in Bitterfeld-Wolfen)', async () => {
    // The shelter takes women in around the clock; its counselling keeps office hours.
    const routes = (await search(undefined, undefined, 'bitterfeld_wolfen')).referralRoutes.routes;
    const route = routes.find((r) => r.endService.id === 'svc:frauenhaus_biwo_nachsorge');
    expect(route?.endReach?.entryId).toBe('org:frauenhaus_biwo');
    expect(route?.endReach?.available24x7).toBe(false);
    expect(route?.endReach?.weeklyHours).toEqual([
      { day: 'MON', opens: '09:00', closes: '14:00' },
      { day: 'WED', opens: '09:00', closes: '14:00' },
    ]);
    const hop = route?.hops.at(-1);
    expect(hop?.reach?.entryId).toBe('org:frauenhaus_biwo');
    expect(hop?.reach?.available24x7).toBe(true);
    expect(hop?.reach?.weeklyHours).toEqual([]);
  });

  it('gives the public function contacts only: no person’s phone number or e-mail address', () => {
    const personal = DEMO_DATA.people
      .flatMap((p) => [p.phone, p.email])
      .filter((v): v is string => v !== null)
      .filter((v) => !DEMO_DATA.institutions.some((i) => i.phone === v || i.email === v));
    expect(personal.length).toBeGreaterThan(0);
    for (const value of personal) expect(raw).not.toContain(value);
    expect(routes.flatMap(stepsOf).every((step) => step.people === null)).toBe(true);
  });

  it('gives members the own phone and e-mail of the people at a step (the police in Zerbst)', async () => {
    const member = (await search(AS_ANALYST)).referralRoutes.routes;
    const police = member[0]!.startReach!;
    const staff = DEMO_DATA.worksAt
      .filter((w) => w.institutionId === police.entryId)
      .map((w) => DEMO_DATA.people.find((p) => p.id === w.personId)!)
      .filter((p) => p.phone !== null || p.email !== null);
    expect(staff.length).toBeGreaterThan(0);
    expect(police.people?.map((p) => [p.id, p.phone, p.email]).sort()).toEqual(
      staff.map((p) => [p.id, p.phone, p.email]).sort(),
    );
  });
});
