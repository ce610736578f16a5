import { FORMAT_EXAMPLES, type ValueFormat } from '@schutznetz/domain';
import { startTestApi, type TestApi } from '../test/graphql';

const CREATE = `
mutation Create($input: CreateInstitutionInput!) {
  createInstitution(input: $input) {
    phone postalCode email website lastVerifiedAt openingHours { closes }
  }
}`;

interface Created {
  createInstitution: {
    phone: string | null;
    postalCode: string | null;
    email: string | null;
    website: string | null;
    lastVerifiedAt: string | null;
    openingHours: { closes: string }[];
  };
}

/**
 * Where each format of the domain's example table goes in a new institution: the field the value
 * is sent in, the field a refusal names, and how the stored value reads back.
 */
const FIELDS: Record<
  ValueFormat,
  {
    input: (value: string) => Record<string, unknown>;
    field: string;
    stored: (created: Created['createInstitution']) => string | null | undefined;
  }
> = {
  phone: { input: (phone) => ({ phone }), field: 'phone', stored: (c) => c.phone },
  postalCode: {
    input: (postalCode) => ({ postalCode }),
    field: 'postalCode',
    stored: (c) => c.postalCode,
  },
  email: { input: (email) => ({ email }), field: 'email', stored: (c) => c.email },
  url: { input: (website) => ({ website }), field: 'website', stored: (c) => c.website },
  date: {
    input: (lastVerifiedAt) => ({ lastVerifiedAt }),
    field: 'lastVerifiedAt',
    stored: (c) => c.lastVerifiedAt,
  },
  time: {
    input: (closes) => ({ openingHours: [{ day: 'MON', opens: '00:00', closes }] }),
    field: 'openingHours.0.closes',
    stored: (c) => c.openingHours[0]?.closes,
  },
};

describe("the domain's format examples through the server's GraphQL validation (real Neo4j)", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  const create = (input: Record<string, unknown>) =>
    api.query<Created>(CREATE, {
      input: {
        name: 'Beratungsstelle Aken',
        kind: 'FAMILY_COUNSELLING_CENTRE',
        municipality: 'aken',
        ...input,
      },
    });

  it.each(FORMAT_EXAMPLES.filter((row) => row.valid).map((row) => [row.format, row.value]))(
    'stores the valid %s %j as sent',
    async (format, value) => {
      const { input, stored } = FIELDS[format];
      const result = await create(input(value));
      expect(result.errors).toBeUndefined();
      expect(stored(result.data!.createInstitution)).toBe(value);
    },
  );

  it.each(FORMAT_EXAMPLES.filter((row) => !row.valid).map((row) => [row.format, row.value]))(
    'refuses the invalid %s %j with BAD_USER_INPUT naming its field',
    async (format, value) => {
      const { input, field } = FIELDS[format];
      const result = await create(input(value));
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    },
  );
});
