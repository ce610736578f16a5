import { isIsoDate, isTopicCode, type TopicCode } from '@schutznetz/domain';
import { maySeePeople, type Viewer } from '../../auth';
import { checkTopics, Problems } from '../../validation';
import type { AnalysisRunner } from '../analysis/analysis.jobs';
import { checkAsOf, checkScope, todayUtc, type ScopeRequest } from '../analysis/analysis.scope';
import type { TrainingPlanRepository } from './training-plan.repository';
import type {
  PastTrainingsView,
  RecordedTrainingView,
  TrainingPlanView,
} from './training-plan.views';

/** Bounds of the training planner's knobs. */
export const MAX_TRAININGS = 50;
export const MIN_SEATS = 4;
export const MAX_SEATS = 30;
/** Participants of one recorded training at most. */
export const MAX_PARTICIPANTS = 200;

export interface TrainingPlanRequest {
  readonly topics?: readonly string[] | null;
  readonly asOf?: string | null;
  readonly count?: number | null;
  readonly seats?: number | null;
  readonly year?: number | null;
}

export interface CompletedTrainingRequest {
  readonly topic: string;
  readonly personIds: readonly string[];
  readonly date?: string | null;
  readonly title?: string | null;
  readonly provider?: string | null;
  readonly trainingId?: string | null;
  readonly level?: string | null;
}

/**
 * The training planner over the cached graph: a year plan chosen to close the most severe gaps
 * a training can close under a budget of trainings and seats (decision 023), the trainings
 * recorded as completed with their measured effect, and recording a completed training with any
 * participants (whose write invalidates the cache, so coverage is measured anew). People are
 * named only for members and up.
 */
export class TrainingPlanService {
  constructor(
    private readonly analyses: AnalysisRunner,
    private readonly repository: TrainingPlanRepository,
    /** Today, the default of `asOf` and of a training's date; injectable for tests. */
    private readonly today: () => string = todayUtc,
  ) {}

  /** Proposed trainings from gaps and single points of failure, and the coverage after them. */
  async planTrainings(
    scopeRequest: ScopeRequest | null | undefined,
    request: TrainingPlanRequest,
    viewer: Viewer,
  ): Promise<TrainingPlanView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    checkTopics(problems, 'topics', request.topics);
    const asOf = checkAsOf(problems, 'asOf', request.asOf, this.today);
    const count = request.count ?? 10;
    const seats = request.seats ?? 12;
    const year = request.year ?? Number(asOf.slice(0, 4)) + 1;
    if (!Number.isInteger(count) || count < 1 || count > MAX_TRAININGS) {
      problems.add('count', `must be between 1 and ${MAX_TRAININGS}`);
    }
    if (!Number.isInteger(seats) || seats < MIN_SEATS || seats > MAX_SEATS) {
      problems.add('seats', `must be between ${MIN_SEATS} and ${MAX_SEATS}`);
    }
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      problems.add('year', 'must be a year between 2000 and 2100');
    }
    problems.throwIfAny();
    const topics =
      request.topics != null && request.topics.length > 0
        ? ([...new Set(request.topics)] as TopicCode[])
        : undefined;
    const snapshot = await this.analyses.current();
    return this.analyses.run(snapshot, 'trainingPlan', {
      scope: resolved,
      topics,
      asOf,
      count,
      seats,
      year,
      peopleVisible: maySeePeople(viewer),
    });
  }

  /** Trainings recorded as completed, each with its effect measured on the coverage. */
  async pastTrainings(
    scopeRequest: ScopeRequest | null | undefined,
    asOfRequest: string | null | undefined,
    viewer: Viewer,
  ): Promise<PastTrainingsView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const asOf = checkAsOf(problems, 'asOf', asOfRequest, this.today);
    problems.throwIfAny();
    const snapshot = await this.analyses.current();
    return this.analyses.run(snapshot, 'pastTrainings', {
      scope: resolved,
      asOf,
      peopleVisible: maySeePeople(viewer),
    });
  }

  /**
   * Records a completed training: the training (new, or an existing one marked completed), its
   * participants, and basic expertise in the topic for each participant who lacks it — in one
   * transaction. The write invalidates the analysis cache, so coverage is measured anew.
   */
  async recordCompletedTraining(
    request: CompletedTrainingRequest,
    actor: string,
  ): Promise<RecordedTrainingView> {
    const problems = new Problems();
    if (!isTopicCode(request.topic)) problems.add('input.topic', `unknown topic: ${request.topic}`);
    const personIds = [...new Set(request.personIds)];
    if (personIds.length === 0 || personIds.length > MAX_PARTICIPANTS) {
      problems.add('input.personIds', `must name between 1 and ${MAX_PARTICIPANTS} people`);
    }
    const date = request.date ?? this.today();
    if (!isIsoDate(date)) problems.add('input.date', 'must be a date as YYYY-MM-DD');
    else if (date > this.today()) {
      problems.add('input.date', 'a completed training cannot lie in the future');
    }
    if (request.trainingId == null && (request.title == null || request.title.trim().length < 2)) {
      problems.add('input.title', 'a new training needs a title (or name an existing trainingId)');
    }
    problems.throwIfAny();
    const result = await this.repository.recordCompletedTraining({
      trainingId: request.trainingId ?? null,
      title: request.title?.trim() ?? null,
      provider: request.provider?.trim() ?? null,
      topic: request.topic,
      personIds,
      date,
      level: request.level ?? 'basic',
      actor,
      now: new Date().toISOString(),
    });
    return { topic: request.topic, date, ...result };
  }
}
