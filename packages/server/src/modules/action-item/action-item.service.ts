import { groupedLoader } from '../../loaders';
import type { Page, PageRequest } from '../../pagination';
import { StoredEntries } from '../../stored-entries';
import { definedOnly, Problems } from '../../validation';
import { refusePersonalData } from '../review/anonymous-text';
import type { ActionItemRecord, ActionItemRepository } from './action-item.repository';

export interface ActionItemFilter {
  readonly statuses?: readonly string[];
  readonly meetings?: readonly string[];
  readonly caseReviews?: readonly string[];
  readonly gaps?: readonly string[];
  readonly responsible?: readonly string[];
}

export interface ActionItemChanges {
  readonly text?: string | null;
  readonly status?: string | null;
  readonly dueDate?: string | null;
  readonly responsibleIds?: readonly string[] | null;
  readonly meetingId?: string | null;
  readonly caseReviewId?: string | null;
  readonly gapIds?: readonly string[] | null;
}

/** Wraps a single optional id as the id list the store keeps; undefined leaves it alone. */
function single(id: string | null | undefined): string[] | undefined {
  if (id === undefined) return undefined;
  return id === null ? [] : [id];
}

function check(changes: ActionItemChanges): void {
  const problems = new Problems();
  problems.requireValues(changes, ['text', 'status']);
  problems.throwIfAny();
  refusePersonalData({ text: changes.text });
}

/**
 * Action items agreed at meetings and in case reviews: who does what by when, open or done. The
 * text is checked like minutes (no personal data); the responsible are linked, never named in it.
 */
export class ActionItemService {
  private readonly items: StoredEntries<ActionItemRecord>;
  private readonly byMeeting = groupedLoader((ids) =>
    this.repository.actionItems.findByLinked('meetingIds', ids),
  );
  private readonly byCaseReview = groupedLoader((ids) =>
    this.repository.actionItems.findByLinked('caseReviewIds', ids),
  );

  constructor(private readonly repository: ActionItemRepository) {
    this.items = new StoredEntries(repository.actionItems, 'act');
  }

  list(filter: ActionItemFilter, page: PageRequest): Promise<Page<ActionItemRecord>> {
    return this.items.list(filter, page);
  }

  find(id: string): Promise<ActionItemRecord | null> {
    return this.items.find(id);
  }

  /** Action items agreed at a meeting (batched per request), by due date. */
  ofMeeting(meetingId: string): Promise<ActionItemRecord[]> {
    return this.byMeeting.load(meetingId);
  }

  /** Action items agreed in a case review (batched per request), by due date. */
  ofCaseReview(caseReviewId: string): Promise<ActionItemRecord[]> {
    return this.byCaseReview.load(caseReviewId);
  }

  create(changes: ActionItemChanges, actor: string): Promise<ActionItemRecord> {
    check(changes);
    const { responsibleIds, meetingId, caseReviewId, gapIds, ...properties } = changes;
    return this.items.create(
      {
        status: 'open',
        dueDate: null,
        ...definedOnly(properties),
        sortKey: changes.dueDate ?? '9999-12-31',
      },
      {
        responsibleIds: responsibleIds ?? [],
        meetingIds: single(meetingId) ?? [],
        caseReviewIds: single(caseReviewId) ?? [],
        gapIds: gapIds ?? [],
      },
      actor,
    );
  }

  update(
    id: string,
    version: number,
    changes: ActionItemChanges,
    actor: string,
  ): Promise<ActionItemRecord> {
    check(changes);
    const { responsibleIds, meetingId, caseReviewId, gapIds, ...properties } = changes;
    const sortKey = changes.dueDate === undefined ? undefined : (changes.dueDate ?? '9999-12-31');
    return this.items.update(
      id,
      version,
      definedOnly({ ...properties, sortKey }),
      {
        responsibleIds: responsibleIds ?? undefined,
        meetingIds: single(meetingId),
        caseReviewIds: single(caseReviewId),
        gapIds: gapIds ?? undefined,
      },
      actor,
    );
  }

  delete(id: string, version: number, actor: string): Promise<string> {
    return this.items.delete(id, version, actor);
  }
}
