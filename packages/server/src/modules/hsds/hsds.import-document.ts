/**
 * Reading an HSDS document for import: its shape checked with zod as far as the import reads it
 * (an HSDS 3.1 document of organizations and services, optionally with the `x_schutznetz`
 * extension), each problem named by its JSON path (`organizations[3].name`).
 */
import { z } from 'zod';
import { InvalidInputError } from '../../errors';

const text = z.string();
const optionalText = z.string().nullish();
const uuidLike = z.string().min(1);
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const phone = z.object({ id: uuidLike, number: text });
const attribute = z.object({
  taxonomy_term_id: optionalText,
  taxonomy_term: z.object({ code: text, taxonomy: optionalText }).partial().nullish(),
});
const schedule = z.object({
  freq: optionalText,
  byday: optionalText,
  opens_at: optionalText,
  closes_at: optionalText,
  description: optionalText,
});
const language = z.object({ code: optionalText });
const contact = z.object({
  id: uuidLike,
  organization_id: optionalText,
  name: optionalText,
  title: optionalText,
  department: optionalText,
  email: optionalText,
  phones: list(phone),
});
const location = z.object({
  id: uuidLike,
  description: optionalText,
  addresses: list(
    z.object({ address_1: text, city: text, postal_code: text, address_type: optionalText }),
  ),
  languages: list(language),
  schedules: list(schedule),
});

const organization = z.object({
  id: uuidLike,
  name: text.min(1),
  email: optionalText,
  website: optionalText,
  phones: list(phone),
  locations: list(location),
  contacts: list(contact),
  attributes: list(attribute),
  x_schutznetz: z
    .object({
      kind: text,
      operator: optionalText,
      municipality: optionalText,
      municipality_name: optionalText,
      postal_code: optionalText,
      available_24x7: z.boolean(),
      accessibility: z.array(text),
      source_url: optionalText,
      last_verified_at: optionalText,
      is_fictional: z.boolean(),
    })
    .partial()
    .nullish(),
});

const service = z.object({
  id: uuidLike,
  organization_id: uuidLike,
  name: text.min(1),
  description: optionalText,
  minimum_age: z.number().nullish(),
  maximum_age: z.number().nullish(),
  service_areas: list(z.object({ name: optionalText })),
  languages: list(language),
  schedules: list(schedule),
  capacities: list(
    z.object({ available: z.number(), maximum: z.number().nullish(), updated: text }),
  ),
  attributes: list(attribute),
  x_schutznetz: z
    .object({
      area: z.array(text),
      available_24x7: z.boolean(),
      self_referral: z.boolean(),
      consent_required: z.boolean(),
      cost: text,
      accessibility: z.array(text),
      interpreting: z.boolean(),
      boys_max_age: z.number().nullable(),
      capacity_total: z.number().nullable(),
      capacity_free: z.number().nullable(),
      capacity_reported_at: z.string().nullable(),
    })
    .partial()
    .nullish(),
});

const extension = z.object({
  people: list(
    z.object({
      id: uuidLike,
      given_name: optionalText,
      family_name: optionalText,
      function_title: text.min(1),
      languages: list(text),
      qualifications: list(text),
      listing_basis: optionalText,
      is_fictional: z.boolean().nullish(),
      email: optionalText,
      phone: optionalText,
    }),
  ),
  employments: list(
    z.object({
      person_id: uuidLike,
      organization_id: uuidLike,
      contact_id: optionalText,
      role: optionalText,
      since: optionalText,
    }),
  ),
  expertise: list(
    z.object({
      person_id: uuidLike,
      topic: text,
      level: text,
      qualification: optionalText,
      since: optionalText,
      valid_until: optionalText,
    }),
  ),
  referral_paths: list(
    z.object({
      id: uuidLike,
      from_organization_id: uuidLike,
      to_organization_id: uuidLike,
      route_template: optionalText,
      topics: list(text),
      urgency: text,
      response_hours: z.number().nullish(),
      after_hours: text,
      consent: optionalText,
      data_mode: optionalText,
      formal_agreement: z.boolean().nullish(),
      conditions: optionalText,
    }),
  ),
  networks: list(
    z.object({
      id: uuidLike,
      name: text.min(1),
      kind: text,
      description: optionalText,
      area: list(text),
    }),
  ),
  memberships: list(
    z.object({
      network_id: uuidLike,
      member_type: z.enum(['organization', 'person']),
      member_id: uuidLike,
      role: text,
      since: optionalText,
    }),
  ),
});

const document = z.object({
  organizations: z.array(organization),
  services: list(service),
  x_schutznetz: extension.nullish(),
});

export type ImportedDocument = z.infer<typeof document>;
export type ImportedOrganization = z.infer<typeof organization>;
export type ImportedService = z.infer<typeof service>;
export type ImportedSchedule = z.infer<typeof schedule>;
export type ImportedExtension = z.infer<typeof extension>;

/** `organizations[3].name` from zod's path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (joined, key) =>
      typeof key === 'number'
        ? `${joined}[${key}]`
        : joined
          ? `${joined}.${String(key)}`
          : String(key),
    '',
  );
}

/** The document, or BAD_USER_INPUT naming each problem by its JSON path (the first ten). */
export function readHsdsDocument(json: string): ImportedDocument {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw InvalidInputError.forField('document', `is not JSON: ${(error as Error).message}`);
  }
  const result = document.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.slice(0, 10).map((issue) => ({
      field: jsonPath(issue.path) || 'document',
      message: issue.message,
    })),
  );
}
