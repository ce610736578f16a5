import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { InstitutionKindEnum, NetworkKindEnum } from '../../graphql/enums';

/**
 * GraphQL types every analysis shares: references to institutions, services, people and
 * networks (each resolves to its full entry), the fields of every answer, and the enum helper.
 * Each feature's own types are in its `<feature>.type.ts`.
 */

/** A GraphQL enum whose values are the codes in upper case; the server works with the codes. */
export function analysisEnum<Code extends string>(
  name: string,
  description: string,
  values: Readonly<Record<Code, string>>,
): Record<string, Code> {
  const codes = Object.keys(values) as Code[];
  const enumObject = Object.fromEntries(codes.map((code) => [code.toUpperCase(), code]));
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      codes.map((code) => [code.toUpperCase(), { description: values[code] }]),
    ),
  });
  return enumObject;
}

export const MemberKindEnum = analysisEnum(
  'MemberKind',
  'Whether a member is an institution or a person.',
  {
    institution: 'An institution.',
    person: 'A person.',
  },
);

export const BetweennessMethodEnum = analysisEnum(
  'BetweennessMethod',
  'How betweenness was computed.',
  {
    exact: 'Exact (Brandes) on a small scope.',
    sampled: 'Sampled from a fixed number of seeded sources on a large scope (reproducible).',
  },
);

@ObjectType({
  description:
    'An institution as the analysis sees it (public data). `institution` loads the full entry.',
})
export class InstitutionRef {
  @Field(() => ID, { description: 'Institution id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => InstitutionKindEnum, { description: 'Kind of institution.' })
  kind!: string;

  @Field(() => ID, { description: 'Municipality or region code where it sits.' })
  municipality!: string;

  @Field({ description: 'Reachable around the clock.' })
  available24x7!: boolean;
}

@ObjectType({
  description: 'A service (offer) as the analysis sees it. `service` loads the full entry.',
})
export class ServiceRef {
  @Field(() => ID, { description: 'Service id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => ID, { description: 'The institution offering it.' })
  institutionId!: string;

  @Field({ description: 'The service or its institution is reachable around the clock.' })
  available24x7!: boolean;
}

@ObjectType({
  description:
    'A professional in an analysis; only members and up ever get one. `person` loads the entry ' +
    '(with work contacts as the role allows).',
})
export class PersonRef {
  @Field(() => ID, { description: 'Person id.' })
  id!: string;

  @Field({ description: 'Display name (or the function of a role contact).' })
  name!: string;
}

@ObjectType({ description: 'A network as the analysis sees it. `network` loads the full entry.' })
export class NetworkRef {
  @Field(() => ID, { description: 'Network id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => NetworkKindEnum, { description: 'Kind of network.' })
  kind!: string;
}

/** Fields every analysis answer carries. */
@ObjectType()
export abstract class ScopedAnswer {
  @Field({
    description:
      'The version of the graph the answer was computed from; it changes with every write.',
  })
  graphVersion!: string;

  @Field(() => [ID], {
    description:
      'Municipality codes of the scope. External services (Dessau-Roßlau, the Land, federal ' +
      'hotlines) take part when their service area covers one of them.',
  })
  municipalities!: string[];
}
