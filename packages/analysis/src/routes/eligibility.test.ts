import {
  aGraph,
  anInstitution,
  aService,
  DEMO_MUNICIPALITIES,
  OFFICE_HOURS,
} from '../testing/fixtures';
import {
  explainNoRoute,
  findReferralRoutes,
  leftOutOf,
  type ReferralNeed,
  type RouteStart,
} from '.';

/**
 * Eligibility and what is left out, on small hand-made graphs: unknown languages are asked, not
 * refused; interpreting opens any language; children's limits name the child; every answer lists
 * the nearest excluded services with their reasons; "no route" is precise.
 */

const SELF: RouteStart = { kind: 'self' };
const RUSSIAN: ReferralNeed = {
  topic: 'domestic_violence',
  municipality: 'koethen',
  language: 'ru',
};

describe('languages', () => {
  const graph = aGraph({
    institutions: [
      anInstitution('confirmed', { languages: ['de', 'ru'] }),
      anInstitution('silent', { languages: [] }),
      anInstitution('german', { languages: ['de'] }),
      anInstitution('interpreted', { languages: ['de'] }),
    ],
    services: [
      aService('svc:confirmed', 'confirmed', { languages: [] }),
      aService('svc:silent', 'silent', { languages: [] }),
      aService('svc:german', 'german'),
      aService('svc:interpreted', 'interpreted', { interpreting: true }),
    ],
  });

  it('keeps a service without recorded languages as a route marked unknown, ranked after a confirmed one', () => {
    const { routes } = findReferralRoutes(graph, SELF, RUSSIAN, 5);
    const ends = routes.map((r) => [r.endService.id, r.languageMatch]);
    expect(ends).toEqual([
      ['svc:confirmed', 'confirmed'],
      ['svc:interpreted', 'interpreting'],
      ['svc:silent', 'unknown'],
    ]);
    const silent = routes[2];
    expect(silent?.costTerms.map((t) => t.kind)).toContain('language_unknown');
    expect(silent?.openQuestions.map((q) => q.label.de)).toEqual([
      'Sprache unbekannt – bitte nachfragen (Russisch)',
    ]);
    expect(routes[0]?.openQuestions).toEqual([]);
  });

  it('lets interpreting match Russian, marked “mit Sprachmittlung”', () => {
    const { routes } = findReferralRoutes(graph, SELF, RUSSIAN, 5);
    const interpreted = routes.find((r) => r.endService.id === 'svc:interpreted');
    expect(interpreted?.languageMatch).toBe('interpreting');
    expect(interpreted?.openQuestions[0]?.label.de).toBe('mit Sprachmittlung (Russisch)');
  });

  it('leaves out a German-only service without interpreting, saying so', () => {
    const result = findReferralRoutes(graph, SELF, RUSSIAN, 5);
    const [language] = leftOutOf(graph, RUSSIAN, result);
    expect(language?.constraint).toBe('language');
    expect(language?.description.de).toBe('Sprache: Russisch');
    expect(language?.nearest.map((s) => [s.serviceId, s.reasons.map((r) => r.label.de)])).toEqual([
      ['svc:german', ['arbeitet nicht auf Russisch (Sprachen: Deutsch), keine Sprachmittlung']],
    ]);
  });
});

describe('children who come along', () => {
  const graph = aGraph({
    institutions: [anInstitution('shelter', { kind: 'womens_shelter' })],
    services: [
      aService('svc:shelter', 'shelter', {
        targetGroups: ['women', 'children_6_14', 'adolescents_14_18'],
        boysMaxAge: 14,
      }),
    ],
  });
  const withChildren = (children: ReferralNeed['children']): ReferralNeed => ({
    topic: 'domestic_violence',
    municipality: 'koethen',
    children,
  });

  it('excludes a shelter that takes boys up to 14 for a 15-year-old son, naming him', () => {
    const need = withChildren([{ age: 9 }, { age: 15, gender: 'boy' }]);
    const result = findReferralRoutes(graph, SELF, need);
    expect(result.routes).toEqual([]);
    const [age] = leftOutOf(graph, need, result);
    expect(age?.constraint).toBe('age');
    expect(age?.description.de).toBe('Alter: Kinder 9, 15');
    expect(age?.nearest[0]?.reasons).toEqual([
      {
        constraint: 'age',
        child: 1,
        label: {
          de: 'Sohn, 15 Jahre: über der Altersgrenze für Jungen (14)',
          en: 'Son, aged 15: above the age limit for boys (14)',
        },
      },
    ]);
  });

  it('takes a 14-year-old son and a 15-year-old daughter', () => {
    const need = withChildren([
      { age: 14, gender: 'boy' },
      { age: 15, gender: 'girl' },
    ]);
    expect(findReferralRoutes(graph, SELF, need).routes.map((r) => r.endService.id)).toEqual([
      'svc:shelter',
    ]);
  });

  it('keeps the route for a 15-year-old of unstated gender, with the question to ask', () => {
    const need = withChildren([{ age: 15 }]);
    const [route] = findReferralRoutes(graph, SELF, need).routes;
    expect(route?.openQuestions.map((q) => [q.child, q.label.de])).toEqual([
      [0, 'Kind, 15 Jahre: Jungen nur bis 14 Jahre – falls ein Junge, bitte nachfragen'],
    ]);
    expect(route?.costTerms.map((t) => t.kind)).toContain('eligibility_unknown');
  });

  it('excludes a service for children up to 14 for a child of 16, whatever the gender', () => {
    const young = aGraph({
      institutions: [anInstitution('shelter', { kind: 'womens_shelter' })],
      services: [aService('svc:shelter', 'shelter', { targetGroups: ['women', 'children_6_14'] })],
    });
    const need = withChildren([{ age: 16, gender: 'girl' }]);
    const result = findReferralRoutes(young, SELF, need);
    expect(result.routes).toEqual([]);
    expect(leftOutOf(young, need, result)[0]?.nearest[0]?.reasons[0]?.label.de).toBe(
      'Tochter, 16 Jahre: außerhalb der Altersgruppen für Kinder (6 bis unter 14 Jahre)',
    );
  });
});

describe('leftOutOf', () => {
  it('lists the nearest excluded services first: fewest failed conditions, then nearest to the person', () => {
    const graph = aGraph({
      institutions: [
        anInstitution('here'),
        anInstitution('next', { municipality: 'osternienburger_land' }),
        anInstitution('far', { municipality: 'zerbst' }),
        anInstitution('twice', { municipality: 'koethen' }),
        anInstitution('fits'),
      ],
      services: [
        aService('svc:far', 'far', { languages: ['de'] }),
        aService('svc:next', 'next', { languages: ['de'] }),
        aService('svc:here', 'here', { languages: ['de'] }),
        aService('svc:twice', 'twice', { languages: ['de'], area: ['zerbst'] }),
        aService('svc:fits', 'fits', { languages: ['ru'] }),
      ],
    });
    const result = findReferralRoutes(graph, SELF, RUSSIAN);
    expect(result.routes.map((r) => r.endService.id)).toEqual(['svc:fits']);
    const leftOut = leftOutOf(graph, RUSSIAN, result, 3);
    expect(leftOut.map((l) => [l.constraint, l.serviceCount])).toEqual([
      ['language', 4],
      ['area', 1],
    ]);
    expect(leftOut[0]?.nearest.map((s) => s.serviceId)).toEqual([
      'svc:here',
      'svc:next',
      'svc:far',
    ]);
    expect(leftOut[1]?.nearest[0]?.reasons.map((r) => r.constraint)).toEqual(['language', 'area']);
    expect(leftOut[1]?.nearest[0]).toMatchObject({
      serviceName: 'svc:twice',
      institutionName: 'twice',
      municipality: 'koethen',
    });
  });

  it('adds "closed at that moment" to a left-out service, so a 24/7 shelter comes nearer than an office', () => {
    const graph = aGraph({
      institutions: [
        anInstitution('office', { languages: ['de'] }),
        anInstitution('shelter', { kind: 'womens_shelter', openingHours: [], available24x7: true }),
      ],
      services: [
        aService('svc:a_office', 'office', { openingHours: OFFICE_HOURS }),
        aService('svc:z_shelter', 'shelter', { available24x7: true }),
      ],
    });
    const need: ReferralNeed = { ...RUSSIAN, at: '2026-03-14T22:00:00Z', urgency: 'immediate' };
    const [language] = leftOutOf(graph, need, findReferralRoutes(graph, SELF, need));
    expect(language?.nearest.map((s) => [s.serviceId, s.reasons.map((r) => r.constraint)])).toEqual(
      [
        ['svc:z_shelter', ['language']],
        ['svc:a_office', ['language', 'time']],
      ],
    );
  });

  it('says that no service on the topic exists in the scope', () => {
    const graph = aGraph({
      institutions: [anInstitution('start'), anInstitution('other')],
      services: [aService('svc:other', 'other', { topics: ['stalking'] })],
    });
    const need: ReferralNeed = {
      topic: 'forced_marriage_honour_violence',
      municipality: 'koethen',
    };
    const start: RouteStart = { kind: 'institution', institutionId: 'start' };
    const result = findReferralRoutes(graph, start, need);
    expect(leftOutOf(graph, need, result)).toEqual([
      {
        constraint: 'topic',
        serviceCount: 0,
        description: expect.objectContaining({
          de: expect.stringContaining('Kein Angebot zum Thema') as string,
        }) as object,
        nearest: [],
      },
    ]);
    const explanation = explainNoRoute(graph, start, need);
    expect(explanation.failedConstraints.map((f) => [f.constraint, f.serviceCount])).toEqual([
      ['topic', 0],
    ]);
  });
});

describe('relaxations of an empty answer', () => {
  it('name only neighbours within the scope, each once, with code and name', () => {
    const scope = DEMO_MUNICIPALITIES.filter((m) =>
      ['aken', 'osternienburger_land'].includes(m.code),
    );
    const graph = aGraph({
      municipalities: scope,
      institutions: [anInstitution('start'), anInstitution('centre')],
      services: [
        aService('svc:centre', 'centre', {
          topics: ['stalking'],
          area: ['osternienburger_land', 'zerbst'],
        }),
      ],
    });
    const explanation = explainNoRoute(
      graph,
      { kind: 'institution', institutionId: 'start' },
      { topic: 'stalking', municipality: 'aken' },
    );
    const neighbours = explanation.relaxations.filter((r) => r.constraint === 'municipality');
    expect(neighbours.map((r) => r.municipality)).toEqual([
      { code: 'osternienburger_land', name: 'Osternienburger Land' },
    ]);
    expect(explanation.fruitlessMunicipalities).toEqual([]); // Zerbst lies outside the scope
    const needs = explanation.relaxations.map((r) => JSON.stringify(r.need));
    expect(new Set(needs).size).toBe(needs.length);
  });

  it('list a fruitless condition once, and the neighbours tried in vain by name', () => {
    const graph = aGraph({
      institutions: [anInstitution('start'), anInstitution('centre')],
      services: [aService('svc:centre', 'centre', { topics: ['stalking'], area: ['zerbst'] })],
    });
    const explanation = explainNoRoute(
      graph,
      { kind: 'institution', institutionId: 'start' },
      { topic: 'stalking', municipality: 'koethen' },
    );
    expect(explanation.fruitless.filter((f) => f === 'municipality')).toHaveLength(1);
    expect(explanation.fruitlessMunicipalities.length).toBeGreaterThan(1);
    expect(explanation.fruitlessMunicipalities.every((m) => m.name !== m.code)).toBe(true);
  });
});
