import type { LocalizedLabel } from '@schutznetz/domain';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { MembershipRoleEnum } from '../../graphql/enums';
import { NullableField } from '../../graphql/type-fields';
import { CoverageGapKindEnum } from '../coverage-report/coverage-report.type';
import { LocalizedText } from '../reference/reference.type';

@ObjectType({ description: 'A member who joined or left a network since the meeting.' })
export class MemberChange {
  @Field(() => ID, { description: 'The network.' })
  networkId!: string;

  @Field({ description: "The network's name." })
  networkName!: string;

  @Field(() => ID, { description: 'The institution or person.' })
  memberId!: string;

  @Field({ description: '"institution" or "person".' })
  memberKind!: string;

  @Field({ description: "The member's name." })
  memberName!: string;

  @Field(() => MembershipRoleEnum, { description: 'Role in the network.' })
  role!: string;
}

@ObjectType({ description: 'An institution recorded since the meeting, or gone since.' })
export class InstitutionChange {
  @Field(() => ID, { description: 'Institution id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => ID, { description: 'Municipality code.' })
  municipality!: string;
}

@ObjectType({ description: 'A coverage gap that opened or closed since the meeting.' })
export class ChangedGap {
  @Field(() => ID, { description: 'Stable id: kind, topic, municipality and language.' })
  id!: string;

  @Field(() => CoverageGapKindEnum, { description: 'Kind of gap.' })
  kind!: string;

  @Field(() => ID, { description: 'Topic code.' })
  topicCode!: string;

  @NullableField(ID, 'Municipality code; null for a gap of the whole county.')
  municipalityCode!: string | null;

  @Field(() => Float, { description: 'Severity (inhabitants × criticality × weight of the kind).' })
  severity!: number;

  @Field(() => LocalizedText, { description: 'Why it is (or was) a gap.' })
  reason!: LocalizedLabel;
}

@ObjectType({
  description:
    'What changed since a meeting: the graph as it stood on the evening of the meeting (a dated snapshot) against the graph now, and what was recorded in between.',
})
export class SinceMeeting {
  /** The meeting compared with; null when none was held. */
  meetingId!: string | null;

  @NullableField(String, 'When the snapshot compared with was taken (ISO); null when none.')
  snapshotTakenAt!: string | null;

  @NullableField(String, 'Label of that snapshot.')
  snapshotLabel!: string | null;

  @Field({ description: 'Today (YYYY-MM-DD): the end of the period.' })
  until!: string;

  @Field(() => [MemberChange], { description: 'Members who joined a network since.' })
  membersJoined!: MemberChange[];

  @Field(() => [MemberChange], { description: 'Members who left a network since.' })
  membersLeft!: MemberChange[];

  @Field(() => [InstitutionChange], { description: 'Institutions recorded since.' })
  institutionsAdded!: InstitutionChange[];

  @Field(() => [InstitutionChange], { description: 'Institutions gone since.' })
  institutionsRemoved!: InstitutionChange[];

  @Field(() => [ChangedGap], { description: 'Coverage gaps opened since, most severe first.' })
  gapsOpened!: ChangedGap[];

  @Field(() => [ChangedGap], { description: 'Coverage gaps closed since, most severe first.' })
  gapsClosed!: ChangedGap[];

  trainingIds!: readonly string[];
  recordedGapIds!: readonly string[];
  closedGapIds!: readonly string[];
}
