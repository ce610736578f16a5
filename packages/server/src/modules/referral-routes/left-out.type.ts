import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { analysisEnum, InstitutionRef, ServiceRef } from '../analysis/analysis.type';
import { LocalizedText } from '../reference/reference.type';
import { RouteConstraintEnum } from './route-constraint.enum';

/**
 * What a route answer leaves out and leaves open (issue 12, points 2, 5 and 6): each condition
 * with the nearest services it excluded and their reasons, a route's language match and open
 * questions, and the neighbouring municipality a relaxation tried.
 */

export const RouteLanguageMatchEnum = analysisEnum(
  'RouteLanguageMatch',
  'How a route’s end service meets the language the need asks for.',
  {
    confirmed: 'The service (or, recording none, its institution) works in the language.',
    interpreting: 'Through interpreting (Sprachmittlung) that the service arranges.',
    unknown: 'The service records no language: ask before the hand-over (never taken as German).',
  },
);

@ObjectType({
  description:
    'One condition a service fails, or a route leaves open, in words; names the child it concerns.',
})
export class EligibilityNote {
  @Field(() => RouteConstraintEnum, { description: 'The condition.' })
  constraint!: string;

  @NullableField(
    Int,
    'The accompanying child it concerns: its position (0-based) in `need.children`; null for the ' +
      'person concerned.',
  )
  child!: number | null;

  @Field(() => LocalizedText, {
    description:
      'The reason in words, e.g. "Sohn, 15 Jahre: über der Altersgrenze für Jungen (14)" or ' +
      '"Sprache unbekannt – bitte nachfragen (Russisch)".',
  })
  label!: LocalizedLabel;
}

@ObjectType({
  description: 'A service on the topic that no route ends at, with every condition it fails.',
})
export class LeftOutService {
  @Field(() => ServiceRef, { description: 'The service left out.' })
  service!: ServiceRef;

  @Field(() => InstitutionRef, { description: 'The institution offering it.' })
  institution!: InstitutionRef;

  @Field(() => ID, { description: 'Municipality (or region) code where the institution sits.' })
  municipality!: string;

  @Field({ description: 'That municipality’s name.' })
  municipalityName!: string;

  @Field(() => [EligibilityNote], {
    description: 'Every condition it fails; a child’s limit names the child.',
  })
  reasons!: EligibilityNote[];
}

@ObjectType({
  description:
    'What one condition left out of the answer: how many services on the topic fail it, and the ' +
    'nearest of them (fewest failed conditions first, then nearest to the person).',
})
export class RouteLeftOut {
  @Field(() => RouteConstraintEnum, {
    description: 'The condition; TOPIC with no services when none on the topic is in the scope.',
  })
  constraint!: string;

  @Field(() => Int, { description: 'Services on the topic, not at a route’s end, that fail it.' })
  serviceCount!: number;

  @Field(() => LocalizedText, {
    description: 'The condition as the need states it, e.g. "Sprache: Russisch".',
  })
  description!: LocalizedLabel;

  @Field(() => [LeftOutService], {
    description:
      'Up to 8 of them, nearest first: fewest failed conditions, soonest reachable, closest.',
  })
  nearest!: LeftOutService[];
}

@ObjectType({
  description: 'A neighbouring municipality within the scope that a relaxation tried.',
})
export class RelaxedMunicipality {
  @Field(() => ID, { description: 'Municipality code.' })
  code!: string;

  @Field({ description: 'Its name.' })
  name!: string;
}
