import { isInstitutionKindCode, isReferralRouteId } from '@schutznetz/domain';
import type { Page, PageRequest } from '../../pagination';
import { checkRegions, checkTopics, definedOnly, expandTopics, Problems } from '../../validation';
import type { CaseReviewRecord, GapRecord, ReviewRepository } from './review.repository';
import { groupedLoader } from '../../loaders';
import { StoredEntries } from '../../stored-entries';
import { listFields, refusePersonalData } from './anonymous-text';

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
  refusePersonalData({
    title: changes.title,
    lessons: changes.lessons,
    ...listFields('actionItems', changes.actionItems),
  });
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
  private readonly caseReviews: StoredEntries<CaseReviewRecord>;
  private readonly gaps: StoredEntries<GapRecord>;
  private readonly reviewsByGap = groupedLoader((ids) =>
    this.repository.caseReviews.findByLinked('gapIds', ids),
  );

  constructor(private readonly repository: ReviewRepository) {
    this.caseReviews = new StoredEntries(repository.caseReviews, 'rev');
    this.gaps = new StoredEntries(repository.gaps, 'gap');
  }

  listCaseReviews(filter: CaseReviewFilter, page: PageRequest): Promise<Page<CaseReviewRecord>> {
    return this.caseReviews.list(filter, page);
  }

  listGaps(filter: GapFilter, page: PageRequest): Promise<Page<GapRecord>> {
    const problems = new Problems();
    checkTopics(problems, 'filter.topics', filter.topics);
    checkRegions(problems, 'filter.municipalities', filter.municipalities);
    problems.throwIfAny();
    const expanded: GapFilter = { ...filter, topics: expandTopics(filter.topics) };
    return this.gaps.list(expanded, page);
  }

  findCaseReview(id: string): Promise<CaseReviewRecord | null> {
    return this.caseReviews.find(id);
  }

  findGap(id: string): Promise<GapRecord | null> {
    return this.gaps.find(id);
  }

  /** Case reviews that point at a gap (batched per request). */
  caseReviewsOf(gapId: string): Promise<CaseReviewRecord[]> {
    return this.reviewsByGap.load(gapId);
  }

  createCaseReview(changes: CaseReviewChanges, actor: string): Promise<CaseReviewRecord> {
    checkReview(changes, true);
    const { networkId, gapIds, ...properties } = changes;
    return this.caseReviews.create(
      { routeTemplate: null, actionItems: [], ...definedOnly(properties), sortKey: changes.date },
      { networkIds: single(networkId) ?? [], gapIds: gapIds ?? [] },
      actor,
    );
  }

  updateCaseReview(
    id: string,
    version: number,
    changes: CaseReviewChanges,
    actor: string,
  ): Promise<CaseReviewRecord> {
    checkReview(changes, false);
    const { networkId, gapIds, ...properties } = changes;
    return this.caseReviews.update(
      id,
      version,
      definedOnly({ ...properties, sortKey: changes.date ?? undefined }),
      { networkIds: single(networkId), gapIds: gapIds ?? undefined },
      actor,
    );
  }

  deleteCaseReview(id: string, version: number, actor: string): Promise<string> {
    return this.caseReviews.delete(id, version, actor);
  }

  createGap(changes: GapChanges, actor: string): Promise<GapRecord> {
    checkGap(changes);
    const { topic, area, networkId, ...properties } = changes;
    return this.gaps.create(
      {
        status: 'open',
        isTrainingNeed: false,
        reportedByKind: null,
        ...definedOnly(properties),
        sortKey: changes.date,
      },
      { topics: single(topic) ?? [], area: area ?? [], networkIds: single(networkId) ?? [] },
      actor,
    );
  }

  updateGap(id: string, version: number, changes: GapChanges, actor: string): Promise<GapRecord> {
    checkGap(changes);
    const { topic, area, networkId, ...properties } = changes;
    return this.gaps.update(
      id,
      version,
      definedOnly({ ...properties, sortKey: changes.date ?? undefined }),
      { topics: single(topic), area: area ?? undefined, networkIds: single(networkId) },
      actor,
    );
  }

  deleteGap(id: string, version: number, actor: string): Promise<string> {
    return this.gaps.delete(id, version, actor);
  }
}
