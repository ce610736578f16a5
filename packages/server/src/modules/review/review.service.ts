import { randomUUID } from 'node:crypto';
import { isInstitutionKindCode, isReferralRouteId } from '@schutznetz/domain';
import type { Page, PageRequest } from '../../pagination';
import { checkRegions, checkTopics, definedOnly, expandTopics, Problems } from '../../validation';
import type { CaseReviewRecord, GapRecord, ReviewRepository } from './review.repository';
import { byIdLoader, groupedLoader } from '../../loaders';

export interface CaseReviewFilter {
  readonly networks?: readonly string[];
  readonly routeTemplates?: readonly string[];
  readonly gaps?: readonly string[];
  readonly from?: string;
  readonly to?: string;
}

export interface GapFilter {
  readonly statuses?: readonly string[];
  readonly topics?: readonly string[];
  readonly municipalities?: readonly string[];
  readonly networks?: readonly string[];
  readonly isTrainingNeed?: boolean;
}

export interface CaseReviewChanges {
  readonly title?: string | null;
  readonly date?: string | null;
  readonly routeTemplate?: string | null;
  readonly lessons?: string | null;
  readonly actionItems?: readonly string[] | null;
  readonly networkId?: string | null;
  readonly gapIds?: readonly string[] | null;
}

export interface GapChanges {
  readonly title?: string | null;
  readonly description?: string | null;
  readonly date?: string | null;
  readonly status?: string | null;
  readonly isTrainingNeed?: boolean | null;
  readonly reportedByKind?: string | null;
  readonly topic?: string | null;
  readonly area?: readonly string[] | null;
  readonly networkId?: string | null;
}

/** Wraps a single optional id as the id list the store keeps; undefined leaves it alone. */
function single(id: string | null | undefined): string[] | undefined {
  if (id === undefined) return undefined;
  return id === null ? [] : [id];
}

function checkReview(changes: CaseReviewChanges, creating: boolean): void {
  const problems = new Problems();
  problems.requireValues(changes, ['title', 'date', 'lessons']);
  if (creating && !changes.title) problems.add('title', 'is required');
  if (changes.routeTemplate && !isReferralRouteId(changes.routeTemplate)) {
    problems.add('routeTemplate', 'must be a route template id R01–R22');
  }
  problems.throwIfAny();
}

function checkGap(changes: GapChanges): void {
  const problems = new Problems();
  problems.requireValues(changes, ['title', 'description', 'date', 'status', 'isTrainingNeed']);
  if (changes.topic) checkTopics(problems, 'topic', [changes.topic]);
  checkRegions(problems, 'area', changes.area);
  if (changes.reportedByKind && !isInstitutionKindCode(changes.reportedByKind)) {
    problems.add('reportedByKind', 'is not an institution kind');
  }
  problems.throwIfAny();
}

export class ReviewService {
  private readonly reviewById = byIdLoader((ids) => this.repository.caseReviews.findByIds(ids));
  private readonly gapById = byIdLoader((ids) => this.repository.gaps.findByIds(ids));
  private readonly reviewsByGap = groupedLoader((ids) =>
    this.repository.caseReviews.findByLinked('gapIds', ids),
  );

  constructor(private readonly repository: ReviewRepository) {}

  listCaseReviews(filter: CaseReviewFilter, page: PageRequest): Promise<Page<CaseReviewRecord>> {
    return this.repository.caseReviews.findPage(filter, page);
  }

  listGaps(filter: GapFilter, page: PageRequest): Promise<Page<GapRecord>> {
    const problems = new Problems();
    checkTopics(problems, 'filter.topics', filter.topics);
    checkRegions(problems, 'filter.municipalities', filter.municipalities);
    problems.throwIfAny();
    const expanded: GapFilter = { ...filter, topics: expandTopics(filter.topics) };
    return this.repository.gaps.findPage(expanded, page);
  }

  findCaseReview(id: string): Promise<CaseReviewRecord | null> {
    return this.reviewById.load(id);
  }

  findGap(id: string): Promise<GapRecord | null> {
    return this.gapById.load(id);
  }

  /** Case reviews that point at a gap (batched per request). */
  caseReviewsOf(gapId: string): Promise<CaseReviewRecord[]> {
    return this.reviewsByGap.load(gapId);
  }

  createCaseReview(changes: CaseReviewChanges, actor: string): Promise<CaseReviewRecord> {
    checkReview(changes, true);
    const { networkId, gapIds, ...properties } = changes;
    return this.repository.caseReviews.create(
      `rev:${randomUUID()}`,
      { routeTemplate: null, actionItems: [], ...definedOnly(properties), sortKey: changes.date },
      { networkIds: single(networkId) ?? [], gapIds: gapIds ?? [] },
      new Date().toISOString(),
      actor,
    );
  }

  async updateCaseReview(
    id: string,
    version: number,
    changes: CaseReviewChanges,
    actor: string,
  ): Promise<CaseReviewRecord> {
    checkReview(changes, false);
    const { networkId, gapIds, ...properties } = changes;
    const updated = await this.repository.caseReviews.update(
      id,
      version,
      definedOnly({ ...properties, sortKey: changes.date ?? undefined }),
      { networkIds: single(networkId), gapIds: gapIds ?? undefined },
      new Date().toISOString(),
      actor,
    );
    this.reviewById.clear(id);
    return updated;
  }

  async deleteCaseReview(id: string, version: number, actor: string): Promise<string> {
    await this.repository.caseReviews.delete(id, version, new Date().toISOString(), actor);
    this.reviewById.clear(id);
    return id;
  }

  createGap(changes: GapChanges, actor: string): Promise<GapRecord> {
    checkGap(changes);
    const { topic, area, networkId, ...properties } = changes;
    return this.repository.gaps.create(
      `gap:${randomUUID()}`,
      {
        status: 'open',
        isTrainingNeed: false,
        reportedByKind: null,
        ...definedOnly(properties),
        sortKey: changes.date,
      },
      { topics: single(topic) ?? [], area: area ?? [], networkIds: single(networkId) ?? [] },
      new Date().toISOString(),
      actor,
    );
  }

  async updateGap(
    id: string,
    version: number,
    changes: GapChanges,
    actor: string,
  ): Promise<GapRecord> {
    checkGap(changes);
    const { topic, area, networkId, ...properties } = changes;
    const updated = await this.repository.gaps.update(
      id,
      version,
      definedOnly({ ...properties, sortKey: changes.date ?? undefined }),
      { topics: single(topic), area: area ?? undefined, networkIds: single(networkId) },
      new Date().toISOString(),
      actor,
    );
    this.gapById.clear(id);
    return updated;
  }

  async deleteGap(id: string, version: number, actor: string): Promise<string> {
    await this.repository.gaps.delete(id, version, new Date().toISOString(), actor);
    this.gapById.clear(id);
    return id;
  }
}
