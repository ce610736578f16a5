import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import { storedReadResolver } from '../../graphql/stored-read.resolver';
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

/** `caseReviews` and `caseReview(id)`, read from the stored records. */
const CaseReviewReadResolver = storedReadResolver({
  list: { name: 'caseReviews', description: 'Anonymised case reviews, by date.' },
  one: { name: 'caseReview', description: 'One case review by id.' },
  type: CaseReview,
  connection: CaseReviewConnection,
  filter: CaseReviewFilterInput,
  reads: ({ review }) => ({
    list: (...args) => review.listCaseReviews(...args),
    findById: (id) => review.findCaseReview(id),
  }),
});

@Resolver(() => CaseReview)
export class CaseReviewResolver extends CaseReviewCrudResolver {
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

/** `gaps` and `gap(id)`, read from the stored records. */
const GapReadResolver = storedReadResolver({
  list: { name: 'gaps', description: 'Recorded gaps and training needs, by date.' },
  one: { name: 'gap', description: 'One gap by id.' },
  type: Gap,
  connection: GapConnection,
  filter: GapFilterInput,
  reads: ({ review }) => ({
    list: (...args) => review.listGaps(...args),
    findById: (id) => review.findGap(id),
  }),
});

@Resolver(() => Gap)
export class GapResolver extends GapCrudResolver {
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

export const REVIEW_RESOLVERS = [
  CaseReviewResolver,
  CaseReviewReadResolver,
  GapResolver,
  GapReadResolver,
];
