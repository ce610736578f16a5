import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { InstitutionKindEnum } from '../../graphql/enums';
import {
  InstitutionRef,
  MemberKindEnum,
  NetworkRef,
  PersonRef,
  ScopedAnswer,
} from '../analysis/analysis.type';
import { LocalizedText } from '../reference/reference.type';

/** Fields of an expected partner, met or missing. */
@ObjectType()
abstract class PartnerRequirement {
  @Field(() => ID, { description: 'Requirement id.' })
  requirementId!: string;

  @Field(() => LocalizedText, { description: 'The partner expected.' })
  label!: LocalizedLabel;

  @Field({ description: 'The provision that expects it.' })
  provision!: string;
}

@ObjectType({ description: 'An expected partner some member provides.' })
export class MetRequirement extends PartnerRequirement {
  @Field(() => [InstitutionRef], { description: 'Members that meet it.' })
  institutions!: InstitutionRef[];
}

@ObjectType({ description: 'An expected partner no member provides.' })
export class MissingRequirement extends PartnerRequirement {
  @Field(() => [InstitutionKindEnum], { description: 'Any of these kinds would meet it.' })
  anyOf!: string[];

  @Field(() => [InstitutionRef], {
    description: 'Institutions in scope of those kinds that are not members: whom to invite.',
  })
  candidates!: InstitutionRef[];
}

@ObjectType({ description: 'One list of expected partners (law or practice) checked.' })
export class PartnerExpectationCheck {
  @Field(() => ID, { description: 'Code of the expectation list.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name of the list.' })
  label!: LocalizedLabel;

  @Field({ description: '"law" or "practice".' })
  basis!: string;

  @Field({ description: 'Source citation.' })
  source!: string;

  @Field(() => [MetRequirement], { description: 'Expected partners present.' })
  met!: MetRequirement[];

  @Field(() => [MissingRequirement], { description: 'Expected partners missing.' })
  missing!: MissingRequirement[];
}

@ObjectType({ description: 'Another network sharing members with this one.' })
export class NetworkOverlap {
  @Field(() => NetworkRef, { description: 'The other network.' })
  other!: NetworkRef;

  @Field(() => [InstitutionRef], { description: 'Institutions in both.' })
  sharedInstitutions!: InstitutionRef[];

  @Field(() => Int, { description: 'People in both.' })
  sharedPersonCount!: number;

  @Field(() => [PersonRef], { description: 'People in both (members and up; empty otherwise).' })
  sharedPeople!: PersonRef[];

  @Field(() => Float, { description: 'Shared institutions over all institutions of the two.' })
  jaccard!: number;
}

@ObjectType({ description: 'A member of this network and at least one other.' })
export class BridgingMember {
  @Field(() => ID, { description: 'Institution or person id.' })
  id!: string;

  @Field(() => MemberKindEnum, {
    description: 'Institution or person (people for members and up).',
  })
  kind!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => [NetworkRef], { description: 'The networks it belongs to.' })
  networks!: NetworkRef[];
}

@ObjectType({
  description:
    'A network’s composition: partner kinds the law (§ 3 KKG, § 3 KiSchG LSA) and practice ' +
    'expect, present or missing; overlaps with other networks; members who bridge them.',
})
export class NetworkComposition extends ScopedAnswer {
  @Field(() => NetworkRef, { description: 'The network.' })
  network!: NetworkRef;

  @Field(() => [InstitutionRef], { description: 'Member institutions, directly or through staff.' })
  institutions!: InstitutionRef[];

  @Field(() => Int, { description: 'Member people.' })
  personCount!: number;

  @Field(() => [PersonRef], { description: 'Member people (members and up; empty otherwise).' })
  people!: PersonRef[];

  @Field(() => [InstitutionKindEnum], { description: 'Kinds of institution present.' })
  presentKinds!: string[];

  @Field(() => [PartnerExpectationCheck], { description: 'Each expectation list checked.' })
  expectations!: PartnerExpectationCheck[];

  @Field(() => Int, { description: 'Expected partners missing, over all lists.' })
  missingCount!: number;

  @Field(() => [NetworkOverlap], { description: 'Networks sharing members, most shared first.' })
  overlaps!: NetworkOverlap[];

  @Field(() => [BridgingMember], { description: 'Members also in other networks.' })
  bridgingMembers!: BridgingMember[];
}
