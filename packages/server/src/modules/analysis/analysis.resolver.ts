import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { LanguageEnum } from '../../graphql/enums';
import { Training } from '../event/event.type';
import { Institution } from '../institution/institution.type';
import { Network } from '../network/network.type';
import { Service } from '../offering/offering.type';
import { Person } from '../person/person.type';
import { Region, TargetGroup, Topic } from '../reference/reference.type';
import { ReferralRouteTemplate } from '../referral/referral.type';
import {
  AnalysisScopeInput,
  NetworkGraphFilterInput,
  RecordCompletedTrainingInput,
  ReferralNeedInput,
  RouteStartInput,
} from './analysis.input';
import {
  BrokenRoute,
  BrokerReport,
  CollaborationStructure,
  Coverage,
  CoverageCell,
  CoverageCellRef,
  CoverageGap,
  InstitutionRef,
  LostCell,
  NetworkComposition,
  NetworkGraph,
  NetworkRef,
  PersonRef,
  PlannedAttendee,
  ProposedTraining,
  RecordedTraining,
  ReferralRouteHop,
  ReferralRouteSearch,
  Resilience,
  ServiceRef,
  ShelterCapacity,
  SingleInstitutionCell,
  SinglePoints,
  TopicHolders,
  TrainingPlan,
  TrainingSimulation,
  WhatIfRemoved,
} from './analysis.type';
import type {
  BrokerReportView,
  CellRefView,
  CoverageCellView,
  CoverageGapView,
  CoverageView,
  HopView,
  InstitutionRef as InstitutionRefView,
  NetworkCompositionView,
  NetworkGraphView,
  NetworkRef as NetworkRefView,
  PersonRef as PersonRefView,
  ProposedTrainingView,
  RecordedTrainingView,
  ResilienceRoot,
  RouteSearchView,
  ServiceRef as ServiceRefView,
  ShelterCapacityView,
  SinglePointsView,
  StructureView,
  TrainingPlanView,
  WhatIfView,
} from './analysis.views';

/** Topic objects for codes (codes come from the taxonomy, so none is missing). */
function topics(ctx: Context, codes: readonly string[]): Topic[] {
  return codes.flatMap((code) => ctx.services.reference.findTopic(code) ?? []);
}

function regions(ctx: Context, codes: readonly string[]): Region[] {
  return codes.flatMap((code) => ctx.services.reference.findRegion(code) ?? []);
}

function topic(ctx: Context, code: string): Topic | undefined {
  return ctx.services.reference.findTopic(code);
}

function region(ctx: Context, code: string | null): Region | undefined {
  return code === null ? undefined : ctx.services.reference.findRegion(code);
}

@Resolver()
export class AnalysisResolver {
  @Query(() => ReferralRouteSearch, {
    description:
      'Up to k ranked referral routes from a start to services that meet a need, along referral ' +
      'paths and self-referrals. Every condition is checked (topic, target group, age, language, ' +
      'service area, opening hours or 24/7 at the moment `at`, free places, accessibility, consent ' +
      'and data mode); each hop carries its reason, each route its cost terms. When nothing fits, ' +
      '`noRoute` names the failed conditions and the nearest relaxations.',
  })
  referralRoutes(
    @Arg('start', () => RouteStartInput) start: RouteStartInput,
    @Arg('need', () => ReferralNeedInput) need: ReferralNeedInput,
    @Arg('k', () => Int, { defaultValue: 3, description: 'Routes wanted, 1–20.' }) k: number,
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Ctx() ctx: Context,
  ): Promise<RouteSearchView> {
    return ctx.services.analysis.referralRoutes(start, need, k, scope);
  }

  @Query(() => Coverage, {
    description:
      'Coverage of the scope: topic × municipality (optionally × target group) with the services ' +
      'and qualified people reaching each municipality through their service area, 24/7 and ' +
      'languages; shelter places against the Istanbul Convention benchmark; and the gaps ranked ' +
      'by severity (people affected × topic criticality), each with its reason.',
  })
  coverage(
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Arg('topics', () => [ID], {
      nullable: true,
      description: 'Rows; default: the 30 catalogue topics.',
    })
    topicCodes: string[] | null,
    @Arg('byTargetGroup', () => Boolean, {
      nullable: true,
      description: 'Also break cells down by every target group some service names.',
    })
    byTargetGroup: boolean | null,
    @Arg('targetGroups', () => [ID], {
      nullable: true,
      description: 'Break cells down by these target groups.',
    })
    targetGroups: string[] | null,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'Count expertise valid on this date (YYYY-MM-DD). Default: today.',
    })
    asOf: string | null,
    @Arg('languages', () => [LanguageEnum], {
      nullable: true,
      description: 'Report a gap where a topic is served but not in one of these languages.',
    })
    languages: string[] | null,
    @Arg('shelterPlacesPer10k', () => Float, {
      nullable: true,
      description: 'Benchmark of shelter family places per 10,000 inhabitants. Default: 1.',
    })
    shelterPlacesPer10k: number | null,
    @Ctx() ctx: Context,
  ): Promise<CoverageView> {
    return ctx.services.analysis.coverage(
      scope,
      { topics: topicCodes, byTargetGroup, targetGroups, asOf, languages, shelterPlacesPer10k },
      ctx.viewer,
    );
  }

  @Query(() => Resilience, {
    description:
      'Resilience of the scope: single points of failure, what-if removals, articulation points ' +
      'and bridges of the collaboration graph, brokers and isolated institutions.',
  })
  resilience(
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'Count expertise valid on this date (YYYY-MM-DD). Default: today.',
    })
    asOf: string | null,
    @Arg('networksAsNodes', () => Boolean, {
      defaultValue: false,
      description: 'Make networks nodes of the collaboration graph (joined to their members).',
    })
    networksAsNodes: boolean,
    @Ctx() ctx: Context,
  ): Promise<ResilienceRoot> {
    return ctx.services.analysis.resilience(scope, asOf, networksAsNodes);
  }

  @Query(() => NetworkComposition, {
    description:
      'Composition of one network: expected partner kinds present and missing, overlaps with ' +
      'other networks, and the members who bridge them.',
  })
  networkComposition(
    @Arg('network', () => ID, { description: 'Network id.' }) network: string,
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Ctx() ctx: Context,
  ): Promise<NetworkCompositionView> {
    return ctx.services.analysis.networkComposition(network, scope, ctx.viewer);
  }

  @Query(() => TrainingPlan, {
    description:
      'Proposed trainings from coverage gaps and single points of failure (topic, attendees, ' +
      'priority with reasons, expected coverage gain), and the coverage after the plan.',
  })
  trainingPlan(
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Arg('topics', () => [ID], { nullable: true, description: 'Topics to plan for; default: all.' })
    topicCodes: string[] | null,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'Count expertise valid on this date (YYYY-MM-DD). Default: today.',
    })
    asOf: string | null,
    @Arg('maxTrainings', () => Int, { defaultValue: 10, description: 'Trainings at most, 1–50.' })
    maxTrainings: number,
    @Arg('maxAttendees', () => Int, {
      defaultValue: 6,
      description: 'Attendees per training at most, 1–30.',
    })
    maxAttendees: number,
    @Ctx() ctx: Context,
  ): Promise<TrainingPlanView> {
    return ctx.services.analysis.trainingPlan(
      scope,
      { topics: topicCodes, asOf, maxTrainings, maxAttendees },
      ctx.viewer,
    );
  }

  @Query(() => NetworkGraph, {
    description:
      'Nodes (institutions, people, networks, topics) and edges (works at, refers to, member of, ' +
      'expertise, offers topic) of the scope for the graph explorer, with degree, betweenness and ' +
      'the articulation-point and single-point-of-failure flags. The public view has no people.',
  })
  networkGraph(
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Arg('filter', () => NetworkGraphFilterInput, { nullable: true })
    filter: NetworkGraphFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<NetworkGraphView> {
    return ctx.services.analysis.networkGraph(scope, filter ?? {}, ctx.viewer);
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => RecordedTraining, {
    description:
      'Records a completed training in one transaction: the training (new, or an existing one ' +
      'marked completed), its participants, and basic expertise in the topic for participants ' +
      'without it. Coverage and plans are measured anew afterwards.',
  })
  recordCompletedTraining(
    @Arg('input', () => RecordCompletedTrainingInput) input: RecordCompletedTrainingInput,
    @Ctx() ctx: Context,
  ): Promise<RecordedTrainingView> {
    return ctx.services.analysis.recordCompletedTraining(input, ctx.actor);
  }
}

@Resolver(() => Resilience)
export class ResilienceResolver {
  @FieldResolver(() => SinglePoints, {
    description: 'Topics and cells that hang on one person or one institution.',
  })
  singlePoints(@Root() root: ResilienceRoot, @Ctx() ctx: Context): SinglePointsView {
    return ctx.services.analysis.singlePoints(root, ctx.viewer);
  }

  @FieldResolver(() => CollaborationStructure, {
    description: 'Articulation points and bridges of the collaboration graph.',
  })
  structure(@Root() root: ResilienceRoot, @Ctx() ctx: Context): StructureView {
    return ctx.services.analysis.structure(root);
  }

  @FieldResolver(() => BrokerReport, { description: 'Brokers by betweenness.' })
  brokers(
    @Root() root: ResilienceRoot,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'Brokers at most, 1–500.' })
    limit: number,
    @Ctx() ctx: Context,
  ): BrokerReportView {
    return ctx.services.analysis.brokers(root, limit);
  }

  @FieldResolver(() => [InstitutionRef], {
    description: 'Institutions with no referral path in or out and no network (nor their staff).',
  })
  isolatedInstitutions(@Root() root: ResilienceRoot, @Ctx() ctx: Context): InstitutionRefView[] {
    return ctx.services.analysis.isolatedInstitutions(root);
  }

  @FieldResolver(() => WhatIfRemoved, {
    description:
      'What would be lost if this institution or person left (people: members and up): cells, ' +
      'topic holders, referral routes, institutions cut off.',
  })
  whatIfRemoved(
    @Root() root: ResilienceRoot,
    @Arg('id', () => ID, { description: 'Institution or person id.' }) id: string,
    @Ctx() ctx: Context,
  ): WhatIfView {
    return ctx.services.analysis.whatIfRemoved(root, id, ctx.viewer);
  }
}

@Resolver(() => InstitutionRef)
export class InstitutionRefResolver {
  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The full entry (batched; null if deleted since the graph version).',
  })
  institution(@Root() ref: InstitutionRefView, @Ctx() ctx: Context): Promise<Institution | null> {
    return ctx.services.institution.findById(ref.id);
  }
}

@Resolver(() => ServiceRef)
export class ServiceRefResolver {
  @FieldResolver(() => Service, {
    nullable: true,
    description: 'The full entry (batched; null if deleted since the graph version).',
  })
  service(@Root() ref: ServiceRefView, @Ctx() ctx: Context): Promise<Service | null> {
    return ctx.services.offering.findById(ref.id);
  }
}

@Resolver(() => PersonRef)
export class PersonRefResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The full entry, contacts as the role allows (batched).',
  })
  person(@Root() ref: PersonRefView, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.services.person.findById(ref.id);
  }
}

@Resolver(() => NetworkRef)
export class NetworkRefResolver {
  @FieldResolver(() => Network, { nullable: true, description: 'The full entry (batched).' })
  network(@Root() ref: NetworkRefView, @Ctx() ctx: Context): Promise<Network | null> {
    return ctx.services.network.findById(ref.id);
  }
}

@Resolver(() => ReferralRouteHop)
export class ReferralRouteHopResolver {
  @FieldResolver(() => ReferralRouteTemplate, {
    nullable: true,
    description: 'The route template (R01–R22) the hop’s referral path instantiates.',
  })
  routeTemplate(@Root() hop: HopView, @Ctx() ctx: Context): ReferralRouteTemplate | undefined {
    return ctx.services.referral.findRouteTemplate(hop.templateId);
  }
}

@Resolver(() => Coverage)
export class CoverageResolver {
  @FieldResolver(() => [Topic], { description: 'The rows.' })
  topics(@Root() coverage: CoverageView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, coverage.topics);
  }
}

@Resolver(() => CoverageCell)
export class CoverageCellResolver {
  @FieldResolver(() => Topic, { description: 'The topic (row).' })
  topic(@Root() cell: CoverageCellView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, cell.topic);
  }

  @FieldResolver(() => Region, { description: 'The municipality (column).' })
  municipality(@Root() cell: CoverageCellView, @Ctx() ctx: Context): Region | undefined {
    return region(ctx, cell.municipality);
  }

  @FieldResolver(() => TargetGroup, {
    nullable: true,
    description: 'The target group; null in the topic × municipality matrix.',
  })
  targetGroup(@Root() cell: CoverageCellView, @Ctx() ctx: Context): TargetGroup | undefined {
    return cell.targetGroup === null
      ? undefined
      : ctx.services.reference.findTargetGroup(cell.targetGroup);
  }
}

@Resolver(() => CoverageGap)
export class CoverageGapResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(@Root() gap: CoverageGapView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, gap.topic);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The municipality; null for a gap of the whole scope (shelter places).',
  })
  municipality(@Root() gap: CoverageGapView, @Ctx() ctx: Context): Region | undefined {
    return region(ctx, gap.municipality);
  }
}

@Resolver(() => ShelterCapacity)
export class ShelterCapacityResolver {
  @FieldResolver(() => [Region], { description: 'Municipalities no shelter’s area covers.' })
  municipalitiesWithoutShelter(
    @Root() capacity: ShelterCapacityView,
    @Ctx() ctx: Context,
  ): Region[] {
    return regions(ctx, capacity.municipalitiesWithoutShelter);
  }
}

@Resolver(() => TopicHolders)
export class TopicHoldersResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(
    @Root() holders: SinglePointsView['topics'][number],
    @Ctx() ctx: Context,
  ): Topic | undefined {
    return topic(ctx, holders.topic);
  }
}

@Resolver(() => SinglePoints)
export class SinglePointsResolver {
  @FieldResolver(() => [Topic], { description: 'Topics exactly one person holds.' })
  singlePersonTopics(@Root() points: SinglePointsView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, points.singlePersonTopics);
  }

  @FieldResolver(() => [Topic], { description: 'Topics exactly one institution holds.' })
  singleInstitutionTopics(@Root() points: SinglePointsView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, points.singleInstitutionTopics);
  }
}

@Resolver(() => SingleInstitutionCell)
export class SingleInstitutionCellResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(@Root() cell: CellRefView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, cell.topic);
  }

  @FieldResolver(() => Region, { description: 'The municipality.' })
  municipality(@Root() cell: CellRefView, @Ctx() ctx: Context): Region | undefined {
    return region(ctx, cell.municipality);
  }
}

@Resolver(() => LostCell)
export class LostCellResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(@Root() cell: CellRefView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, cell.topic);
  }

  @FieldResolver(() => Region, { description: 'The municipality.' })
  municipality(@Root() cell: CellRefView, @Ctx() ctx: Context): Region | undefined {
    return region(ctx, cell.municipality);
  }
}

@Resolver(() => CoverageCellRef)
export class CoverageCellRefResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(@Root() cell: CellRefView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, cell.topic);
  }

  @FieldResolver(() => Region, { description: 'The municipality.' })
  municipality(@Root() cell: CellRefView, @Ctx() ctx: Context): Region | undefined {
    return region(ctx, cell.municipality);
  }
}

@Resolver(() => BrokenRoute)
export class BrokenRouteResolver {
  @FieldResolver(() => Topic, { description: 'The topic it no longer reaches.' })
  topic(@Root() route: WhatIfView['brokenRoutes'][number], @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, route.topic);
  }
}

@Resolver(() => WhatIfRemoved)
export class WhatIfRemovedResolver {
  @FieldResolver(() => [Topic], { description: 'Topics left without any holder.' })
  topicsLosingLastHolder(@Root() report: WhatIfView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, report.topicsLosingLastHolder);
  }

  @FieldResolver(() => [Topic], { description: 'Topics that fall to a single holder.' })
  topicsBecomingSinglePoints(@Root() report: WhatIfView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, report.topicsBecomingSinglePoints);
  }
}

@Resolver(() => PlannedAttendee)
export class PlannedAttendeeResolver {
  @FieldResolver(() => [Region], {
    description: 'Municipalities they will cover for the topic that nobody covers now.',
  })
  newlyCovered(
    @Root() attendee: ProposedTrainingView['attendees'][number],
    @Ctx() ctx: Context,
  ): Region[] {
    return regions(ctx, attendee.newlyCovered);
  }
}

@Resolver(() => ProposedTraining)
export class ProposedTrainingResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  topic(@Root() training: ProposedTrainingView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, training.topic);
  }
}

@Resolver(() => TrainingSimulation)
export class TrainingSimulationResolver {
  @FieldResolver(() => [Topic], { description: 'Topics one person holds, before the plan.' })
  singlePersonTopicsBefore(
    @Root() simulation: TrainingPlanView['simulation'],
    @Ctx() ctx: Context,
  ): Topic[] {
    return topics(ctx, simulation.singlePersonTopicsBefore);
  }

  @FieldResolver(() => [Topic], { description: 'Topics one person holds, after the plan.' })
  singlePersonTopicsAfter(
    @Root() simulation: TrainingPlanView['simulation'],
    @Ctx() ctx: Context,
  ): Topic[] {
    return topics(ctx, simulation.singlePersonTopicsAfter);
  }
}

@Resolver(() => RecordedTraining)
export class RecordedTrainingResolver {
  @FieldResolver(() => Training, { nullable: true, description: 'The training recorded.' })
  training(@Root() recorded: RecordedTrainingView, @Ctx() ctx: Context): Promise<Training | null> {
    return ctx.services.event.findTraining(recorded.trainingId);
  }

  @FieldResolver(() => Topic, { description: 'The topic of the expertise gained.' })
  topic(@Root() recorded: RecordedTrainingView, @Ctx() ctx: Context): Topic | undefined {
    return topic(ctx, recorded.topic);
  }
}

/** Resolver classes of this module, registered in schema.ts. */
export const ANALYSIS_RESOLVERS: readonly ClassType[] = [
  AnalysisResolver,
  ResilienceResolver,
  InstitutionRefResolver,
  ServiceRefResolver,
  PersonRefResolver,
  NetworkRefResolver,
  ReferralRouteHopResolver,
  CoverageResolver,
  CoverageCellResolver,
  CoverageGapResolver,
  ShelterCapacityResolver,
  TopicHoldersResolver,
  SinglePointsResolver,
  SingleInstitutionCellResolver,
  LostCellResolver,
  CoverageCellRefResolver,
  BrokenRouteResolver,
  WhatIfRemovedResolver,
  PlannedAttendeeResolver,
  ProposedTrainingResolver,
  TrainingSimulationResolver,
  RecordedTrainingResolver,
];
