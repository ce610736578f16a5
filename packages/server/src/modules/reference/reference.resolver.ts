import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { regionRecord } from './reference.service';
import { Region, TargetGroup, Topic } from './reference.type';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: 'All topics of the taxonomy, groups first in each branch.' })
  topics(@Ctx() ctx: Context): Topic[] {
    return ctx.services.reference.listTopics();
  }

  @Query(() => Topic, { nullable: true, description: 'One topic by code.' })
  topic(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Topic | undefined {
    return ctx.services.reference.findTopic(id);
  }

  @FieldResolver(() => Topic, { nullable: true, description: 'The group this topic belongs to.' })
  parent(@Root() topic: Topic, @Ctx() ctx: Context): Topic | undefined {
    return topic.parentCode ? ctx.services.reference.findTopic(topic.parentCode) : undefined;
  }

  @FieldResolver(() => [Topic], { description: 'Topics in this group.' })
  children(@Root() topic: Topic, @Ctx() ctx: Context): Topic[] {
    return ctx.services.reference.childTopics(topic.id);
  }
}

@Resolver(() => TargetGroup)
export class TargetGroupResolver {
  @Query(() => [TargetGroup], { description: 'All target groups with their age ranges.' })
  targetGroups(@Ctx() ctx: Context): TargetGroup[] {
    return ctx.services.reference.listTargetGroups();
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The municipalities of the loaded county.' })
  async municipalities(@Ctx() ctx: Context): Promise<Region[]> {
    return (await ctx.services.region.catalog()).municipalities.map(regionRecord);
  }

  @Query(() => [Region], {
    description: 'The county, its municipalities and the external regions that serve it.',
  })
  async regions(@Ctx() ctx: Context): Promise<Region[]> {
    return (await ctx.services.region.catalog()).all.map(regionRecord);
  }

  @FieldResolver(() => [Region], { description: 'Neighbouring municipalities of the county.' })
  neighbours(@Root() region: Region, @Ctx() ctx: Context): Region[] {
    return region.neighbourCodes.flatMap((code) => ctx.services.reference.findRegion(code) ?? []);
  }
}
