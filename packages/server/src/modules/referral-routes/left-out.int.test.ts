import { DEMO_DATA, DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import { AS_ANALYST, startAnalysisTestApi } from '../../test/analysis-api';
import { useTestApi } from '../../test/fixtures';

/**
 * What a route answer leaves out, over GraphQL on the demo data (real Neo4j): the police call-out
 * in Zerbst on a Saturday night for a Russian-speaking woman with two children names every
 * women's shelter it does not reach, with its reasons; children and interpreting are part of the
 * need; "no route" names its neighbours.
 */

const ROUTES = `
query LeftOut($start: RouteStartInput!, $need: ReferralNeedInput!, $k: Int) {
  referralRoutes(start: $start, need: $need, k: $k) {
    routes {
      endInstitution { id name kind }
      endService { id name }
      languageMatch
      openQuestions { constraint child label { de } }
      costTerms { kind }
    }
    leftOut {
      constraint serviceCount description { de }
      nearest {
        service { id name } institution { id name kind } municipality municipalityName
        reasons { constraint child label { de en } }
      }
    }
    noRoute {
      failedConstraints { constraint serviceCount }
      relaxations { constraint municipality { code name } }
      fruitless fruitlessMunicipalities { code name }
    }
  }
}`;

interface Note {
  constraint: string;
  child: number | null;
  label: { de: string; en?: string };
}

interface Answer {
  referralRoutes: {
    routes: {
      endInstitution: { id: string; name: string; kind: string };
      endService: { id: string; name: string };
      languageMatch: string | null;
      openQuestions: Note[];
      costTerms: { kind: string }[];
    }[];
    leftOut: {
      constraint: string;
      serviceCount: number;
      description: { de: string };
      nearest: {
        service: { id: string; name: string };
        institution: { id: string; name: string; kind: string };
        municipality: string;
        municipalityName: string;
        reasons: Note[];
      }[];
    }[];
    noRoute: {
      failedConstraints: { constraint: string; serviceCount: number }[];
      relaxations: { constraint: string; municipality: { code: string; name: string } | null }[];
      fruitless: string[];
      fruitlessMunicipalities: { code: string; name: string }[];
    } | null;
  };
}

const ZERBST_POLICE = { institutionKind: 'POLICE_STATION', municipality: 'zerbst' };
const SATURDAY_NIGHT = '2026-03-14T23:00:00+01:00';

const SHELTER_IDS = new Set(
  DEMO_DATA.institutions.filter((i) => i.kind === 'womens_shelter').map((i) => i.id),
);
/** The demo's shelter places on domestic violence (a women's shelter's service with places). */
const SHELTER_PLACES = DEMO_DATA.services.filter(
  (s) =>
    SHELTER_IDS.has(s.institutionId) &&
    s.capacityTotal !== null &&
    s.topics.includes('domestic_violence'),
);

describe('what a route answer leaves out, on the demo data (real Neo4j)', () => {
  const api = useTestApi(startAnalysisTestApi);

  async function search(variables: Record<string, unknown>): Promise<Answer['referralRoutes']> {
    const result = await api.query<Answer>(ROUTES, variables, AS_ANALYST);
    expect(result.errors).toBeUndefined();
    return result.data!.referralRoutes;
  }

  it('police in Zerbst, Saturday 23:00, Russian, two children of 6 and 9: every women’s shelter is a route or named as left out with its reasons', async () => {
    const answer = await search({
      start: ZERBST_POLICE,
      need: {
        topic: 'domestic_violence',
        municipality: 'zerbst',
        language: 'RU',
        at: SATURDAY_NIGHT,
        children: [{ age: 6 }, { age: 9 }],
      },
      k: 5,
    });
    expect(SHELTER_PLACES.length).toBeGreaterThanOrEqual(2);
    const reached = new Set(answer.routes.map((r) => r.endService.id));
    const leftOut = new Map(
      answer.leftOut.flatMap((entry) => entry.nearest.map((s) => [s.service.id, s])),
    );
    for (const shelter of SHELTER_PLACES) {
      if (reached.has(shelter.id)) continue;
      const named = leftOut.get(shelter.id);
      expect({ shelter: shelter.id, named: named !== undefined }).toEqual({
        shelter: shelter.id,
        named: true,
      });
      expect(named!.service.name).toBe(shelter.name);
      expect(named!.reasons.length).toBeGreaterThan(0);
    }
    // The shelter in Bitterfeld-Wolfen works in German and English only, without interpreting;
    // the children (6 and 9) are within both shelters' limits.
    const biwo = leftOut.get('svc:frauenhaus_biwo_schutz');
    expect(reached.has('svc:frauenhaus_biwo_schutz')).toBe(false);
    expect(biwo).toMatchObject({
      institution: { id: 'org:frauenhaus_biwo', kind: 'WOMENS_SHELTER' },
      municipality: 'bitterfeld_wolfen',
      municipalityName: 'Bitterfeld-Wolfen',
    });
    expect(biwo!.reasons.map((r) => r.label.de)).toEqual([
      'arbeitet nicht auf Russisch (Sprachen: Deutsch, Englisch), keine Sprachmittlung',
    ]);
    // Köthen's shelter speaks Russian: a route, or left out for its places only.
    if (!reached.has('svc:frauenhaus_koethen_schutz')) {
      expect(
        leftOut.get('svc:frauenhaus_koethen_schutz')!.reasons.map((r) => r.constraint),
      ).toEqual(['CAPACITY']);
    }
    const language = answer.leftOut.find((entry) => entry.constraint === 'LANGUAGE');
    expect(language?.description.de).toBe('Sprache: Russisch');
    // A service with interpreting is a route marked as such.
    for (const route of answer.routes) expect(route.languageMatch).not.toBeNull();
  });

  it('asks the debt counselling in Köthen, which records no language, about Russian („Sprache unbekannt“) instead of refusing it', async () => {
    const answer = await search({
      start: { self: true },
      need: { topic: 'livelihood_housing_debt', municipality: 'koethen', language: 'RU' },
      k: 5,
    });
    const silent = answer.routes.find((r) => r.endService.id === 'svc:schuldnerberatung_koethen');
    expect(silent?.languageMatch).toBe('UNKNOWN');
    expect(silent?.openQuestions.map((q) => q.label.de)).toContain(
      'Sprache unbekannt – bitte nachfragen (Russisch)',
    );
  });

  it('names the son over each shelter’s age limit for boys', async () => {
    const need = {
      topic: 'domestic_violence',
      municipality: 'koethen',
      language: 'DE',
      ignoreFullCapacity: true,
      children: [{ age: 14, gender: 'BOY' }],
    };
    const answer = await search({ start: { self: true }, need, k: 5 });
    const age = answer.leftOut.find((entry) => entry.constraint === 'AGE');
    const shelters = age?.nearest.filter((s) => s.institution.kind === 'WOMENS_SHELTER') ?? [];
    expect(shelters.map((s) => s.institution.id)).toEqual(
      expect.arrayContaining(['org:frauenhaus_biwo', 'org:frauenhaus_koethen']),
    );
    expect(shelters.flatMap((s) => s.reasons.map((r) => [r.child, r.label.de]))).toEqual(
      expect.arrayContaining([
        [0, 'Sohn, 14 Jahre: über der Altersgrenze für Jungen (12)'],
        [0, 'Sohn, 14 Jahre: über der Altersgrenze für Jungen (13)'],
      ]),
    );
  });

  it('names the neighbouring municipalities a relaxation tried, each once, in the scope', async () => {
    const answer = await search({
      start: ZERBST_POLICE,
      need: {
        topic: 'child_sexual_abuse',
        municipality: 'zerbst',
        language: 'VI',
        at: SATURDAY_NIGHT,
        urgency: 'IMMEDIATE',
      },
      k: 1,
    });
    const noRoute = answer.noRoute;
    expect(answer.routes).toEqual([]);
    expect(noRoute?.failedConstraints.length).toBeGreaterThan(0);
    const tried = [
      ...(noRoute?.relaxations.flatMap((r) => (r.municipality ? [r.municipality.code] : [])) ?? []),
      ...(noRoute?.fruitlessMunicipalities.map((m) => m.code) ?? []),
    ];
    expect(tried.length).toBeGreaterThan(0);
    expect(new Set(tried).size).toBe(tried.length);
    const county = new Set<string>(DEMO_REGION_CATALOG.municipalities.map((m) => m.code));
    for (const code of tried) expect(county.has(code)).toBe(true);
    expect(noRoute?.fruitless.filter((f) => f === 'MUNICIPALITY').length).toBeLessThanOrEqual(1);
  });
});
