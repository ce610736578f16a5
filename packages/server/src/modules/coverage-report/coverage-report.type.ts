import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NullableField } from '../../graphql/type-fields';
import { LanguageEnum } from '../../graphql/enums';
import {
  analysisEnum,
  InstitutionRef,
  PersonRef,
  ScopedAnswer,
  ServiceRef,
} from '../analysis/analysis.type';
import { LocalizedText } from '../reference/reference.type';

export const CoverageGapKindEnum = analysisEnum('CoverageGapKind', 'Kind of coverage gap.', {
  no_service: 'No service on the topic reaches the municipality.',
  no_local_specialist:
    'Only general services, or specialised ones from outside the scope, reach the municipality.',
  no_qualified_person: 'No professional with valid expertise reaches the municipality.',
  no_24x7: 'A critical topic has no service reachable around the clock.',
  language: 'The topic is served, but not in the language.',
  shelter_capacity: 'Fewer shelter family places than the benchmark.',
});

@ObjectType({
  description:
    'One cell of the coverage matrix (topic × municipality, optionally × target group) and ' +
    'what stands behind it.',
})
export class CoverageCell {
  @Field(() => Int, { description: 'Services whose area covers the municipality.' })
  serviceCount!: number;

  @Field(() => [ServiceRef], { description: 'Those services.' })
  services!: ServiceRef[];

  @Field(() => [InstitutionRef], { description: 'Institutions offering them.' })
  institutions!: InstitutionRef[];

  @Field(() => Int, {
    description:
      'Professionals with valid expertise reaching the municipality (a count for everyone).',
  })
  personCount!: number;

  @Field(() => [PersonRef], {
    description: 'Those professionals (members and up; empty otherwise).',
  })
  people!: PersonRef[];

  @Field(() => [ServiceRef], { description: 'Services among them reachable 24/7.' })
  services24x7!: ServiceRef[];

  @Field(() => [LanguageEnum], { description: 'Languages at least one of the services works in.' })
  languages!: string[];
}

@ObjectType({ description: 'A coverage gap with its reason, ranked by severity.' })
export class CoverageGap {
  @Field(() => ID, { description: 'Stable id: kind, topic, municipality and language.' })
  id!: string;

  @Field(() => CoverageGapKindEnum, { description: 'Kind of gap.' })
  kind!: string;

  @NullableField(LanguageEnum, 'The language missing, for language gaps.')
  language!: string | null;

  @Field(() => Int, { description: 'Inhabitants affected.' })
  peopleAffected!: number;

  @Field(() => Int, { description: 'Criticality of the topic, 1–3.' })
  criticality!: number;

  @Field(() => Float, { description: 'peopleAffected × criticality × weight of the kind.' })
  severity!: number;

  @Field(() => LocalizedText, { description: 'Why this is a gap.' })
  reason!: LocalizedLabel;

  @Field(() => [ServiceRef], {
    description: 'Services that exist for the cell but do not close it.',
  })
  services!: ServiceRef[];
}

@ObjectType({
  description: 'Shelter family places in scope against the Istanbul Convention benchmark.',
})
export class ShelterCapacity {
  @Field(() => Int, { description: 'Inhabitants of the scope.' })
  population!: number;

  @Field(() => Float, { description: 'Benchmark: places per 10,000 inhabitants.' })
  placesPer10k!: number;

  @Field(() => Float, { description: 'Places the benchmark requires.' })
  requiredPlaces!: number;

  @Field(() => Int, { description: 'Places of shelters serving the scope.' })
  places!: number;

  @NullableField(Int, 'Free places reported; null when none reports.')
  freePlaces!: number | null;

  @Field(() => Float, { description: 'Places missing against the benchmark.' })
  shortfall!: number;

  @NullableField(Float, 'Places per required place.')
  ratio!: number | null;

  @Field(() => [ServiceRef], { description: 'The shelter services counted.' })
  services!: ServiceRef[];
}

@ObjectType({ description: 'Headline numbers of a coverage report.' })
export class CoverageSummary {
  @Field(() => Int, { description: 'Cells of the topic × municipality matrix.' })
  cells!: number;

  @Field(() => Int, { description: 'Cells with at least one service.' })
  cellsWithService!: number;

  @Field(() => Int, { description: 'Cells with at least one qualified person.' })
  cellsWithPerson!: number;

  @Field(() => Int, { description: 'Gaps.' })
  gaps!: number;

  @Field(() => Float, { description: 'Sum of the gaps’ severities.' })
  totalSeverity!: number;
}

@ObjectType({ description: 'The answer of `coverage`: matrix, shelter capacity and ranked gaps.' })
export class Coverage extends ScopedAnswer {
  @Field({ description: 'Expertise counted is valid on this date (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => [CoverageCell], { description: 'Topic × municipality, row by row.' })
  cells!: CoverageCell[];

  @Field(() => [CoverageCell], {
    description:
      'Topic × municipality × target group, when asked for (byTargetGroup or targetGroups).',
  })
  targetGroupCells!: CoverageCell[];

  @Field(() => ShelterCapacity, { description: 'Shelter places against the benchmark.' })
  shelterCapacity!: ShelterCapacity;

  @Field(() => [CoverageGap], { description: 'Gaps, most severe first.' })
  gaps!: CoverageGap[];

  @Field(() => CoverageSummary, { description: 'Headline numbers.' })
  summary!: CoverageSummary;
}
