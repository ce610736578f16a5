import { MADE_UP_CATALOG } from '../region/made-up-county.fixture';
import {
  EMPTY_ROUTE_FORM,
  berlinMomentToIso,
  formFromSearch,
  missingInputs,
  nowInBerlin,
  relaxForm,
  searchFromForm,
  toRouteVariables,
  type RouteForm,
} from './route-form';
import { routeElementIds, routesToGraph, SELF_NODE_ID } from './route-graph';

const POLICE_ZERBST: RouteForm = {
  ...EMPTY_ROUTE_FORM,
  startMode: 'kind',
  startKind: 'POLICE_STATION',
  startMunicipality: 'zerbst',
  topic: 'domestic_violence',
  targetGroup: 'women',
  age: '34',
  language: 'RU',
  municipality: 'zerbst',
  urgency: 'IMMEDIATE',
  at: '2026-03-14T23:00',
};

describe('route form ↔ URL', () => {
  it('round-trips a full search through the query string', () => {
    const search = searchFromForm(POLICE_ZERBST);
    expect(search.toString()).toBe(
      'start=kind%3APOLICE_STATION%40zerbst&topic=domestic_violence&group=women&age=34&lang=RU&in=zerbst&urgency=IMMEDIATE&at=2026-03-14T23%3A00',
    );
    expect(formFromSearch(search)).toEqual(POLICE_ZERBST);
  });

  it('round-trips an institution start, a self-referral and the switches', () => {
    const form: RouteForm = {
      ...POLICE_ZERBST,
      startMode: 'institution',
      startInstitution: 'inst:polizei-zerbst',
      startKind: '',
      startMunicipality: '',
      accessibility: ['STEP_FREE_ACCESS', 'SIGN_LANGUAGE'],
      consentObtainable: false,
      ignoreFullCapacity: true,
      k: 5,
    };
    expect(formFromSearch(searchFromForm(form))).toEqual(form);
    expect(formFromSearch(new URLSearchParams('start=self')).startMode).toBe('self');
  });

  it('falls back to defaults for malformed values', () => {
    const form = formFromSearch(new URLSearchParams('age=abc&k=99&at=tomorrow'));
    expect(form.age).toBe('');
    expect(form.k).toBe(3);
    expect(form.at).toBe('');
  });

  it('keeps an empty form out of the URL', () => {
    expect(searchFromForm(EMPTY_ROUTE_FORM).toString()).toBe('');
  });
});

describe('need → query variables', () => {
  it('names what is missing before a search can run', () => {
    expect(missingInputs(EMPTY_ROUTE_FORM)).toEqual([
      'start',
      'startMunicipality',
      'topic',
      'municipality',
    ]);
    expect(toRouteVariables(EMPTY_ROUTE_FORM, new Date())).toBeUndefined();
  });

  it('builds start and need, with Berlin time and its offset', () => {
    expect(toRouteVariables(POLICE_ZERBST, new Date('2026-01-01T00:00:00Z'))).toEqual({
      k: 3,
      start: { institutionKind: 'POLICE_STATION', municipality: 'zerbst' },
      need: {
        topic: 'domestic_violence',
        municipality: 'zerbst',
        targetGroup: 'women',
        age: 34,
        language: 'RU',
        urgency: 'IMMEDIATE',
        at: '2026-03-14T23:00:00+01:00',
      },
    });
  });

  it('uses the current moment when no time is given, and passes the switches', () => {
    const now = new Date('2026-07-01T10:00:00Z');
    const variables = toRouteVariables(
      { ...POLICE_ZERBST, at: '', consentObtainable: false, ignoreFullCapacity: true },
      now,
    );
    expect(variables?.need.at).toBe('2026-07-01T10:00:00.000Z');
    expect(variables?.need.consent).toBe('NOT_OBTAINABLE');
    expect(variables?.need.ignoreFullCapacity).toBe(true);
  });

  it('knows summer time in Berlin', () => {
    expect(berlinMomentToIso('2026-07-04T23:00')).toBe('2026-07-04T23:00:00+02:00');
    expect(nowInBerlin(new Date('2026-07-04T21:00:00Z'))).toBe('2026-07-04T23:00');
  });
});

describe('relaxations as one-click retries', () => {
  it('drops the language, the age, the target group or the accessibility', () => {
    expect(relaxForm(POLICE_ZERBST, 'LANGUAGE', MADE_UP_CATALOG)?.language).toBe('');
    expect(relaxForm(POLICE_ZERBST, 'AGE', MADE_UP_CATALOG)?.age).toBe('');
    expect(relaxForm(POLICE_ZERBST, 'TARGET_GROUP', MADE_UP_CATALOG)?.targetGroup).toBe('');
  });

  it('waits longer, accepts full services, or asks for consent', () => {
    expect(relaxForm(POLICE_ZERBST, 'TIME', MADE_UP_CATALOG)?.urgency).toBe('SAME_DAY');
    expect(relaxForm(POLICE_ZERBST, 'CAPACITY', MADE_UP_CATALOG)?.ignoreFullCapacity).toBe(true);
    expect(
      relaxForm({ ...POLICE_ZERBST, consentObtainable: false }, 'CONSENT', MADE_UP_CATALOG)
        ?.consentObtainable,
    ).toBe(true);
  });

  it('tries a neighbouring municipality of the loaded region for the area', () => {
    const inUferdorf = { ...POLICE_ZERBST, municipality: 'uferdorf' };
    expect(relaxForm(inUferdorf, 'AREA', MADE_UP_CATALOG)?.municipality).toBe('moorbach');
    // A place the region does not know has no neighbours to try.
    expect(relaxForm(POLICE_ZERBST, 'AREA', MADE_UP_CATALOG)).toBeUndefined();
  });

  it('tries the neighbouring municipality the relaxation names', () => {
    expect(relaxForm(POLICE_ZERBST, 'MUNICIPALITY', MADE_UP_CATALOG, 'aken')?.municipality).toBe(
      'aken',
    );
  });

  it('relaxes the children’s limits when no age of the person is given', () => {
    const withChildren = { ...POLICE_ZERBST, age: '', children: '6, J15' };
    expect(relaxForm(withChildren, 'AGE', MADE_UP_CATALOG)?.children).toBe('');
    expect(relaxForm({ ...withChildren, age: '34' }, 'AGE', MADE_UP_CATALOG)).toMatchObject({
      age: '',
      children: '6, J15',
    });
  });

  it('offers nothing it cannot express', () => {
    expect(
      relaxForm({ ...POLICE_ZERBST, language: '' }, 'LANGUAGE', MADE_UP_CATALOG),
    ).toBeUndefined();
    expect(relaxForm(POLICE_ZERBST, 'STRUCTURAL', MADE_UP_CATALOG)).toBeUndefined();
  });
});

describe('children in the route form', () => {
  it('keeps them in the URL and sends them with their gender', () => {
    const form = { ...POLICE_ZERBST, children: '6, 9, j15' };
    const search = searchFromForm(form);
    expect(search.get('kids')).toBe('6,9,J15');
    expect(formFromSearch(search).children).toBe('6,9,J15');
    expect(toRouteVariables(form, new Date())?.need.children).toEqual([
      { age: 6 },
      { age: 9 },
      { age: 15, gender: 'BOY' },
    ]);
    expect(toRouteVariables(POLICE_ZERBST, new Date())?.need.children).toBeUndefined();
  });

  it('names what cannot be read as missing input', () => {
    expect(missingInputs({ ...POLICE_ZERBST, children: '6, 30' })).toEqual(['children']);
    expect(formFromSearch(new URLSearchParams('kids=zwei')).children).toBe('');
  });
});

describe('routes on a graph', () => {
  const police = { id: 'p', name: 'Polizei', kind: 'POLICE_STATION', municipality: 'zerbst' };
  const ist = {
    id: 'i',
    name: 'Interventionsstelle',
    kind: 'INTERVENTION_CENTRE',
    municipality: 'dessau',
  };
  const shelter = { id: 's', name: 'Frauenhaus', kind: 'WOMENS_SHELTER', municipality: 'zerbst' };
  const routes = [
    { rank: 1, start: police, hops: [{ from: police, to: ist }] },
    {
      rank: 2,
      start: police,
      hops: [
        { from: police, to: ist },
        { from: ist, to: shelter },
      ],
    },
    { rank: 3, start: null, hops: [{ from: null, to: shelter }] },
  ];

  it('draws each institution and hop once, and a self-referral from the person', () => {
    const graph = routesToGraph(routes, 'Person selbst');
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(['i', 'p', 's', SELF_NODE_ID].sort());
    expect(graph.edges).toHaveLength(3);
    expect(graph.nodes.find((node) => node.id === 'i')?.institutionKind).toBe(
      'intervention_centre',
    );
  });

  it('highlights the nodes and edges of one route', () => {
    expect([...routeElementIds(routes[1]!)].sort()).toEqual(
      ['i', 'p', 's', 'route:p->i', 'route:i->s'].sort(),
    );
  });
});
