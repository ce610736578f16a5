import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Context } from '../../context';
import { AnalysisScopeInput } from '../analysis/analysis.input';
import { cellResolver, topic, topics } from '../analysis/analysis.resolver';
import { InstitutionRef } from '../analysis/analysis.type';
import type { InstitutionRef as InstitutionRefView } from '../analysis/analysis.views';
import { Topic } from '../reference/reference.type';
import {
  BrokenRoute,
  BrokerReport,
  CollaborationStructure,
  Isolation,
  LostCell,
  PersonLinks,
  Resilience,
  SingleInstitutionCell,
  SinglePoints,
  TopicHolders,
  WhatIfRemoved,
} from './resilience.type';
import type {
  BrokerReportView,
  IsolationView,
  PersonLinksView,
  ResilienceRoot,
  SinglePointsView,
  StructureView,
  WhatIfView,
} from './resilience.views';

@Resolver(() => Resilience)
export class ResilienceResolver {
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
    return ctx.services.resilience.openReport(scope, asOf, networksAsNodes);
  }

  @FieldResolver(() => SinglePoints, {
    description: 'Topics and cells that hang on one person or one institution.',
  })
  singlePoints(@Root() root: ResilienceRoot, @Ctx() ctx: Context): Promise<SinglePointsView> {
    return ctx.services.resilience.findSinglePoints(root, ctx.viewer);
  }

  @FieldResolver(() => CollaborationStructure, {
    description: 'Articulation points and bridges of the collaboration graph.',
  })
  structure(@Root() root: ResilienceRoot, @Ctx() ctx: Context): Promise<StructureView> {
    return ctx.services.resilience.findStructure(root);
  }

  @FieldResolver(() => BrokerReport, { description: 'Brokers by betweenness.' })
  brokers(
    @Root() root: ResilienceRoot,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'Brokers at most, 1–500.' })
    limit: number,
    @Ctx() ctx: Context,
  ): Promise<BrokerReportView> {
    return ctx.services.resilience.findBrokers(root, limit);
  }

  @FieldResolver(() => PersonLinks, {
    description:
      'People whose leaving, or one of whose employments or memberships, cuts an institution ' +
      'off the networks (decision 024).',
  })
  personLinks(@Root() root: ResilienceRoot, @Ctx() ctx: Context): Promise<PersonLinksView> {
    return ctx.services.resilience.findPersonLinks(root, ctx.viewer);
  }

  @FieldResolver(() => Isolation, {
    description: 'Institutions isolated in the referral graph and, listed apart, in the networks.',
  })
  isolation(@Root() root: ResilienceRoot, @Ctx() ctx: Context): Promise<IsolationView> {
    return ctx.services.resilience.findIsolation(root);
  }

  @FieldResolver(() => [InstitutionRef], {
    description:
      'Institutions isolated in both senses of `isolation`: no referral path in or out and no ' +
      'network (nor their staff).',
  })
  isolatedInstitutions(
    @Root() root: ResilienceRoot,
    @Ctx() ctx: Context,
  ): Promise<InstitutionRefView[]> {
    return ctx.services.resilience.findIsolatedInstitutions(root);
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
  ): Promise<WhatIfView> {
    return ctx.services.resilience.simulateRemoval(root, id, ctx.viewer);
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

  @FieldResolver(() => [Topic], {
    description:
      'Topics nobody else working in scope holds with valid expertise afterwards (a service on ' +
      'the topic may remain).',
  })
  topicsLosingLastExpert(@Root() report: WhatIfView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, report.topicsLosingLastExpert);
  }

  @FieldResolver(() => [Topic], { description: 'Topics that fall to a single holder.' })
  topicsBecomingSinglePoints(@Root() report: WhatIfView, @Ctx() ctx: Context): Topic[] {
    return topics(ctx, report.topicsBecomingSinglePoints);
  }
}

/** Resolver classes of resilience, registered in schema.ts. */
export const RESILIENCE_RESOLVERS: readonly ClassType[] = [
  ResilienceResolver,
  TopicHoldersResolver,
  SinglePointsResolver,
  cellResolver(SingleInstitutionCell),
  cellResolver(LostCell),
  BrokenRouteResolver,
  WhatIfRemovedResolver,
];
