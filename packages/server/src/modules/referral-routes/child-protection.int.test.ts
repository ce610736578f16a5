import { AS_ANALYST, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * Child protection follows the law (issue 12.4), over GraphQL on the demo data (real Neo4j): a
 * teacher in Aken sees signs that an 8-year-old is neglected. The first route is the § 4 KKG
 * procedure with each step named and reachable; acute danger goes to the ASD at once; the school
 * is never told to let the child get in touch alone, while a child asking alone may.
 */

const ROUTES = `
query ChildProtectionRoutes($start: RouteStartInput!, $need: ReferralNeedInput!, $k: Int) {
  referralRoutes(start: $start, need: $need, k: $k) {
    routes {
      rank kind
      hops {
        step via inferred referralPathId routeTemplate { id }
        from { id } to { id name } reason { de }
        reach { phone }
      }
      endService { id name }
    }
  }
}`;

interface Hop {
  step: string | null;
  via: string;
  inferred: boolean;
  referralPathId: string | null;
  routeTemplate: { id: string } | null;
  from: { id: string } | null;
  to: { id: string; name: string };
  reason: { de: string };
  reach: { phone: string | null } | null;
}

interface Route {
  rank: number;
  kind: string;
  hops: Hop[];
  endService: { id: string; name: string };
}

/** A child's own search: where each route ends, for whom, and what was left out. */
const CHILD_ALONE = `
query ChildAskingAlone($need: ReferralNeedInput!) {
  referralRoutes(start: { self: true }, need: $need, k: 5) {
    routes {
      hops { via to { id } }
      endService { id name service { targetGroups { id } } }
      endInstitution { id name }
    }
    leftOut { constraint nearest { service { id } reasons { constraint label { de } } } }
  }
}`;

interface ChildAnswer {
  referralRoutes: {
    routes: {
      hops: { via: string; to: { id: string } }[];
      endService: { id: string; name: string; service: { targetGroups: { id: string }[] } | null };
      endInstitution: { id: string; name: string };
    }[];
    leftOut: {
      constraint: string;
      nearest: {
        service: { id: string };
        reasons: { constraint: string; label: { de: string } }[];
      }[];
    }[];
  };
}

const TEACHER_IN_AKEN = { institutionKind: 'SCHOOL', municipality: 'aken' };
const NEGLECT = { topic: 'child_neglect', municipality: 'aken', age: 8, urgency: 'DAYS' };
const INSOFA = 'org:kinderschutzfachstelle_abi';

describe('child protection in the route finder, on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  async function routes(start: object, need: object, k = 3): Promise<Route[]> {
    const result = await api.query<{ referralRoutes: { routes: Route[] } }>(
      ROUTES,
      { start, need, k },
      AS_ANALYST,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.referralRoutes.routes;
  }

  it('gives a teacher noticing neglect of an 8-year-old the § 4 KKG procedure first, each step named', async () => {
    const [first] = await routes(TEACHER_IN_AKEN, NEGLECT);
    expect(first?.rank).toBe(1);
    expect(first?.kind).toBe('PROCEDURE');
    expect(first?.hops.map((hop) => hop.step)).toEqual([
      'CONVERSATION',
      'CONSULTATION',
      'NOTIFICATION',
      'FEEDBACK',
    ]);
    const [conversation, consultation, notification, feedback] = first!.hops;
    // Talking to child and parents happens at the school itself: no contact needed.
    expect(conversation).toMatchObject({ via: 'PROCEDURE_STEP' });
    expect(conversation?.to.id).toBe(conversation?.from?.id);
    // The InsoFa is the concrete consultation service, with its phone; no path is recorded.
    expect(consultation?.to).toEqual({
      id: INSOFA,
      name: 'Kinderschutzfachstelle des Landkreises Anhalt-Bitterfeld',
    });
    expect(consultation?.reach?.phone).toBe('+49 30 23125 115');
    expect(consultation).toMatchObject({ inferred: true, referralPathId: null });
    expect(consultation?.reason.de).toContain('Nach Vorlage, nicht vereinbart');
    // The school's recorded R08 path to the ASD, and the ASD's feedback to the school.
    expect(notification).toMatchObject({ inferred: false, routeTemplate: { id: 'R08' } });
    expect(notification?.to.id).toBe('org:asd_koethen');
    expect(feedback).toMatchObject({ via: 'PROCEDURE_STEP', from: { id: 'org:asd_koethen' } });
    expect(feedback?.to.id).toBe(conversation?.from?.id);
    expect(first?.endService.id).toBe('svc:asd_koethen_kinderschutz');
  });

  it('puts the InsoFa consultation first for the topic “§ 8a / InsoFa”, not the § 42 on-call service', async () => {
    const [first] = await routes(TEACHER_IN_AKEN, { ...NEGLECT, topic: 'child_risk_assessment' });
    expect(first?.kind).toBe('PROCEDURE');
    expect(first?.endService.id).toBe('svc:kinderschutzfachstelle_beratung');
    expect(first?.hops.map((hop) => [hop.step, hop.to.id])).toContainEqual([
      'CONSULTATION',
      INSOFA,
    ]);
    expect(first?.endService.id).not.toBe('svc:asd_rufbereitschaft');
  });

  it('goes straight to the ASD’s on-call service when the child is in acute danger', async () => {
    const [first] = await routes(TEACHER_IN_AKEN, { ...NEGLECT, urgency: 'IMMEDIATE' });
    expect(first?.kind).toBe('PROCEDURE');
    expect(first?.hops[0]).toMatchObject({ step: 'NOTIFICATION', to: { id: 'org:asd_koethen' } });
    expect(first?.hops.map((hop) => hop.step)).not.toContain('CONVERSATION');
    expect(first?.endService.id).toBe('svc:asd_rufbereitschaft');
  });

  it('never offers the school the child’s self-referral', async () => {
    const found = await routes(TEACHER_IN_AKEN, NEGLECT, 5);
    expect(found.flatMap((route) => route.hops.map((hop) => hop.via))).not.toContain(
      'SELF_REFERRAL',
    );
  });

  it('offers a child asking alone the services it may call itself (§ 8 Abs. 3 SGB VIII)', async () => {
    const found = await routes({ self: true }, NEGLECT, 5);
    const asd = found.find((route) => route.endService.id === 'svc:asd_koethen_kinderschutz');
    expect(asd?.hops).toMatchObject([
      { via: 'SELF_REFERRAL', to: { id: 'org:asd_koethen' }, reach: { phone: '+49 30 23125 111' } },
    ]);
  });

  it('offers a child of 8 asking alone in Aken about neglect the Kinder- und Jugendtelefon 116 111 and the ASD Köthen, never a service only for professionals', async () => {
    const result = await api.query<ChildAnswer>(CHILD_ALONE, { need: NEGLECT }, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    const { routes: found, leftOut } = result.data!.referralRoutes;
    const ends = found.map((route) => route.endInstitution.name);
    expect(ends).toEqual(
      expect.arrayContaining([
        'Nummer gegen Kummer – Kinder- und Jugendtelefon 116 111',
        'Allgemeiner Sozialer Dienst (ASD), Regionalteam Köthen',
      ]),
    );
    for (const route of found) {
      const groups = route.endService.service?.targetGroups.map((g) => g.id);
      expect([route.endService.id, groups]).not.toEqual([route.endService.id, ['professionals']]);
      expect(route.hops[0]?.via).toBe('SELF_REFERRAL');
    }
    // The medical hotline for doctors and the InsoFa's consultation are named, with why.
    const targetGroup = leftOut.find((entry) => entry.constraint === 'TARGET_GROUP');
    const named = new Map(targetGroup?.nearest.map((s) => [s.service.id, s.reasons]));
    expect(named.get('svc:kinderschutzhotline')?.map((r) => r.label.de)).toEqual([
      'nur für Fachkräfte, nicht für die Person selbst (für: Fachkräfte (Fachberatung, z. B. InsoFa))',
    ]);
  });
});
