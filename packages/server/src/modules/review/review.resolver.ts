import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import {
  decodeCursor,
  PageArgs,
  toConnection,
  type ConnectionShape,
} from '../../graphql/pagination';
import { Network } from '../network/network.type';
import { Region, Topic } from '../reference/reference.type';
import {
  CaseReviewFilterInput,
  CreateCaseReviewInput,
  CreateGapInput,
  GapFilterInput,
  UpdateCaseReviewInput,
  UpdateGapInput,
} from './review.input';
import { CaseReview, CaseReviewConnection, Gap, GapConnection } from './review.type';

function firstNetwork(ids: readonly string[], ctx: Context): Promise<Network | null> | null {
  const [id] = ids;
  return id ? ctx.services.network.findById(id) : null;
}

const CaseReviewCrudResolver = crudResolver({
  name: 'CaseReview',
  type: CaseReview,
  createInput: CreateCaseReviewInput,
  updateInput: UpdateCaseReviewInput,
  descriptions: {
    create: 'Records an anonymised case review.',
    update: 'Changes a case review; CONFLICT when stale.',
    delete: 'Deletes a case review; returns its id.',
  },
  writes: ({ review }) => ({
    create: (...args) => review.createCaseReview(...args),
    findById: (id) => review.findCaseReview(id),
    update: (...args) => review.updateCaseReview(...args),
    delete: (...args) => review.deleteCaseReview(...args),
  }),
});

@Resolver(() => CaseReview)
export class CaseReviewResolver extends CaseReviewCrudResolver {
  @Query(() => CaseReviewConnection, { description: 'Anonymised case reviews, by date.' })
  caseReviews(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CaseReviewFilterInput, { nullable: true })
    filter: CaseReviewFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<CaseReview>> {
    return ctx.services.review
      .listCaseReviews(filter ?? {}, { first: page.first, after: decodeCursor(page.after) })
      .then(toConnection);
  }

  @Query(() => CaseReview, { nullable: true, description: 'One case review by id.' })
  caseReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CaseReview | null> {
    return ctx.services.review.findCaseReview(id);
  }

  @FieldResolver(() => Network, { nullable: true, description: 'Network it was held in.' })
  network(@Root() review: CaseReview, @Ctx() ctx: Context): Promise<Network | null> | null {
    return firstNetwork(review.networkIds, ctx);
  }

  @FieldResolver(() => [Gap], { description: 'Gaps it points at.' })
  async gaps(@Root() review: CaseReview, @Ctx() ctx: Context): Promise<Gap[]> {
    const gaps = await Promise.all(review.gapIds.map((id) => ctx.services.review.findGap(id)));
    return gaps.filter((gap) => gap !== null);
  }
}

const GapCrudResolver = crudResolver({
  name: 'Gap',
  type: Gap,
  createInput: CreateGapInput,
  updateInput: UpdateGapInput,
  descriptions: {
    create: 'Records a gap or training need.',
    update: 'Changes a gap; CONFLICT when `version` is stale.',
    delete: 'Deletes a gap; returns its id.',
  },
  writes: ({ review }) => ({
    create: (...args) => review.createGap(...args),
    findById: (id) => review.findGap(id),
    update: (...args) => review.updateGap(...args),
    delete: (...args) => review.deleteGap(...args),
  }),
});

@Resolver(() => Gap)
export class GapResolver extends GapCrudResolver {
  @Query(() => GapConnection, { description: 'Recorded gaps and training needs, by date.' })
  gaps(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => GapFilterInput, { nullable: true }) filter: GapFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Gap>> {
    return ctx.services.review
      .listGaps(filter ?? {}, { first: page.first, after: decodeCursor(page.after) })
      .then(toConnection);
  }

  @Query(() => Gap, { nullable: true, description: 'One gap by id.' })
  gap(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Gap | null> {
    return ctx.services.review.findGap(id);
  }

  @FieldResolver(() => Topic, { nullable: true, description: 'Topic of the gap.' })
  topic(@Root() gap: Gap, @Ctx() ctx: Context): Topic | undefined {
    const [code] = gap.topics;
    return code ? ctx.services.reference.findTopic(code) : undefined;
  }

  @FieldResolver(() => [Region], { description: 'Regions affected.' })
  area(@Root() gap: Gap, @Ctx() ctx: Context): Region[] {
    return gap.area.flatMap((code) => ctx.services.reference.findRegion(code) ?? []);
  }

  @FieldResolver(() => Network, { nullable: true, description: 'Network that recorded it.' })
  network(@Root() gap: Gap, @Ctx() ctx: Context): Promise<Network | null> | null {
    return firstNetwork(gap.networkIds, ctx);
  }

  @FieldResolver(() => [CaseReview], { description: 'Case reviews that point at it.' })
  caseReviews(@Root() gap: Gap, @Ctx() ctx: Context): Promise<CaseReview[]> {
    return ctx.services.review.caseReviewsOf(gap.id);
  }
}

export const REVIEW_RESOLVERS = [CaseReviewResolver, GapResolver];
