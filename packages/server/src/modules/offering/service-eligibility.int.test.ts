import { createInstitution, useTestApi } from '../../test/fixtures';

/**
 * The eligibility fields of a service (issue 12): interpreting (Sprachmittlung) and a shelter's
 * age limit for boys are stored, changed and read back; a service stored before interpreting was
 * recorded reads as without it, in the directory and in the route finder.
 */

const FIELDS = 'id version interpreting boysMaxAge';
const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateServiceInput!) { updateService(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { service(id: $id) { ${FIELDS} } }`;
const ROUTES = `
query($need: ReferralNeedInput!) {
  referralRoutes(start: { self: true }, need: $need, k: 5) {
    routes { endService { id } languageMatch }
    leftOut { constraint nearest { service { id } reasons { child label { de } } } }
  }
}`;

interface Fields {
  id: string;
  version: number;
  interpreting: boolean;
  boysMaxAge: number | null;
}

describe('a service’s interpreting and age limit for boys (real Neo4j)', () => {
  const api = useTestApi();

  it('stores, changes and reads them back; the route finder uses them', async () => {
    const shelter = await createInstitution(api, 'Frauenhaus Prüfstadt', 'WOMENS_SHELTER');
    const created = await api.query<{ createService: Fields }>(CREATE, {
      input: {
        institutionId: shelter,
        name: 'Schutzplätze',
        topics: ['domestic_violence'],
        area: ['zerbst'],
        languages: ['DE'],
        interpreting: true,
        boysMaxAge: 12,
      },
    });
    expect(created.errors).toBeUndefined();
    const service = created.data!.createService;
    expect(service).toMatchObject({ interpreting: true, boysMaxAge: 12 });

    const need = {
      topic: 'domestic_violence',
      municipality: 'zerbst',
      language: 'UK',
      children: [{ age: 13, gender: 'BOY' }],
    };
    const refused = await api.query<{
      referralRoutes: {
        routes: { endService: { id: string } }[];
        leftOut: {
          constraint: string;
          nearest: {
            service: { id: string };
            reasons: { child: number; label: { de: string } }[];
          }[];
        }[];
      };
    }>(ROUTES, { need });
    expect(refused.errors).toBeUndefined();
    const age = refused.data!.referralRoutes.leftOut.find((l) => l.constraint === 'AGE');
    expect(age?.nearest.find((s) => s.service.id === service.id)?.reasons).toEqual([
      { child: 0, label: { de: 'Sohn, 13 Jahre: über der Altersgrenze für Jungen (12)' } },
    ]);

    const updated = await api.query<{ updateService: Fields }>(UPDATE, {
      input: { id: service.id, version: service.version, boysMaxAge: null },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateService).toMatchObject({ interpreting: true, boysMaxAge: null });
    const taken = await api.query<{
      referralRoutes: { routes: { endService: { id: string }; languageMatch: string }[] };
    }>(ROUTES, { need });
    expect(taken.data!.referralRoutes.routes).toContainEqual({
      endService: { id: service.id },
      languageMatch: 'INTERPRETING',
    });

    // As stored before the field existed: no property at all.
    await api.cypher('MATCH (s:Service {id: $id}) REMOVE s.interpreting', { id: service.id });
    const read = await api.query<{ service: Fields }>(READ, { id: service.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.service.interpreting).toBe(false);
  });
});
