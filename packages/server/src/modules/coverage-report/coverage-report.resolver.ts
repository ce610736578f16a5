import {
  Arg,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Query,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Context } from '../../context';
import { LanguageEnum } from '../../graphql/enums';
import { AnalysisScopeInput } from '../analysis/analysis.input';
import { region, regions, topic, topics } from '../analysis/analysis.resolver';
import { Region, TargetGroup, Topic } from '../reference/reference.type';
import { Coverage, CoverageCell, CoverageGap, ShelterCapacity } from './coverage-report.type';
import type {
  CoverageCellView,
  CoverageGapView,
  CoverageView,
  ShelterCapacityView,
} from './coverage-report.views';

@Resolver(() => Coverage)
export class CoverageResolver {
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
    return ctx.services.coverageReport.measureCoverage(
      scope,
      { topics: topicCodes, byTargetGroup, targetGroups, asOf, languages, shelterPlacesPer10k },
      ctx.viewer,
    );
  }

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

/** Resolver classes of coverage, registered in schema.ts. */
export const COVERAGE_REPORT_RESOLVERS: readonly ClassType[] = [
  CoverageResolver,
  CoverageCellResolver,
  CoverageGapResolver,
  ShelterCapacityResolver,
];
