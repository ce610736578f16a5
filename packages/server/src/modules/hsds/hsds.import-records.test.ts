import { DEMO_DATA, DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import { hsdsDocumentOf } from './hsds.document';
import { readHsdsDocument } from './hsds.import-document';
import { hsdsRecords } from './hsds.import-records';

/** The demo directory as another HSDS publisher would give it: no x_schutznetz anywhere. */
function plainHsds(): string {
  const document = hsdsDocumentOf(DEMO_DATA, { role: 'member' }, DEMO_REGION_CATALOG);
  return JSON.stringify(document, (key, value: unknown) =>
    key === 'x_schutznetz' ? undefined : value,
  );
}

describe('an HSDS document without the Schutznetz extension as import records', () => {
  const records = hsdsRecords(readHsdsDocument(plainHsds()), DEMO_REGION_CATALOG);
  const byKind = (kind: string) => records.filter((record) => record.kind === kind);

  it('takes the kind from the attributes and the municipality from the address', () => {
    const source = DEMO_DATA.institutions.find(
      (i) => i.street !== null && i.kind !== 'police_station',
    )!;
    const institution = byKind('institution').find((r) => r.values['name'] === source.name);
    expect(institution?.values['kind']).toBe(source.kind);
    expect(
      DEMO_REGION_CATALOG.municipalityByName(String(institution?.values['municipality']))?.code,
    ).toBe(source.municipality);
  });

  it('takes topics and areas by their names, and each contact as a professional at its organization', () => {
    const service = DEMO_DATA.services.find((s) => s.area.length > 0 && s.topics.length > 0)!;
    const details = byKind('hsds_service').find((r) =>
      byKind('service').some(
        (s) => s.values['name'] === service.name && s.values['externalId'] === r.values['service'],
      ),
    );
    const plain = byKind('service').find((r) => r.values['name'] === service.name);
    expect(plain?.values['topics']).toEqual([...service.topics].sort());
    expect(details?.values['area']).toEqual(
      expect.arrayContaining(
        service.area.filter((code) => DEMO_REGION_CATALOG.isMunicipality(code)),
      ),
    );
    expect(byKind('person')).toHaveLength(DEMO_DATA.worksAt.length);
    expect(byKind('person').every((r) => typeof r.values['institution'] === 'string')).toBe(true);
  });

  it('names the JSON path of what is missing', () => {
    let thrown: unknown;
    try {
      readHsdsDocument(JSON.stringify({ organizations: [{ id: 'x' }] }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'organizations[0].name' }],
    });
  });
});
