import { NEW_SERVICE_DEFAULTS } from '@schutznetz/domain';
import { createInstitution, useTestApi } from '../../test/fixtures';

const CREATE = `
mutation($input: CreateServiceInput!) {
  createService(input: $input) {
    description minAge maxAge languages openingHours { day } available24x7 selfReferral
    consentRequired cost accessibility capacityTotal capacityFree capacityReportedAt
    interpreting boysMaxAge
  }
}`;

const upper = (codes: readonly string[]) => codes.map((code) => code.toUpperCase());

describe('a new service without optional fields (real Neo4j)', () => {
  const api = useTestApi();

  it("holds the domain's NEW_SERVICE_DEFAULTS, read back as the API's enums", async () => {
    const institutionId = await createInstitution(
      api,
      'Beratung Zerbst',
      'FAMILY_COUNSELLING_CENTRE',
    );
    const result = await api.query<{ createService: Record<string, unknown> }>(CREATE, {
      input: { institutionId, name: 'Erziehungsberatung', topics: ['parenting_support'] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createService).toEqual({
      ...NEW_SERVICE_DEFAULTS,
      languages: upper(NEW_SERVICE_DEFAULTS.languages),
      cost: NEW_SERVICE_DEFAULTS.cost.toUpperCase(),
      accessibility: upper(NEW_SERVICE_DEFAULTS.accessibility),
    });
    // What the API's field descriptions promise ("Default: DE", "Default: true", …).
    expect(result.data?.createService).toMatchObject({
      languages: ['DE'],
      cost: 'FREE',
      selfReferral: true,
      available24x7: false,
      consentRequired: false,
    });
  });
});
