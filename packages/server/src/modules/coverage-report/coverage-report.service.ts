import type { CoverageOptions } from '@schutznetz/analysis';
import type { LanguageCode, TargetGroupCode, TopicCode } from '@schutznetz/domain';
import { maySeePeople, type Viewer } from '../../auth';
import { checkTargetGroups, checkTopics, Problems } from '../../validation';
import type { AnalysisRunner } from '../analysis/analysis.jobs';
import { checkAsOf, checkScope, todayUtc, type ScopeRequest } from '../analysis/analysis.scope';
import type { CoverageView } from './coverage-report.views';

export interface CoverageRequest {
  readonly topics?: readonly string[] | null;
  readonly targetGroups?: readonly string[] | null;
  readonly byTargetGroup?: boolean | null;
  readonly asOf?: string | null;
  readonly languages?: readonly string[] | null;
  readonly shelterPlacesPer10k?: number | null;
}

/**
 * Coverage (issue 4.2) over the cached graph: topic × municipality (× target group) with what
 * stands behind each cell, shelter places against the benchmark, and the ranked gaps. People
 * appear only for members and up; the public view keeps counts.
 */
export class CoverageReportService {
  constructor(
    private readonly analyses: AnalysisRunner,
    /** Today, the default of `asOf`; injectable for tests. */
    private readonly today: () => string = todayUtc,
  ) {}

  /** Topic × municipality (× target group) coverage with what stands behind each cell, and the ranked gaps. */
  async measureCoverage(
    scopeRequest: ScopeRequest | null | undefined,
    request: CoverageRequest,
    viewer: Viewer,
  ): Promise<CoverageView> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const { options, asOf } = this.checkOptions(problems, request);
    problems.throwIfAny();
    const snapshot = await this.analyses.current();
    return this.analyses.run(snapshot, 'coverage', {
      scope: resolved,
      options,
      asOf,
      peopleVisible: maySeePeople(viewer),
    });
  }

  private checkOptions(
    problems: Problems,
    request: CoverageRequest,
  ): { options: CoverageOptions; asOf: string } {
    checkTopics(problems, 'topics', request.topics);
    checkTargetGroups(problems, 'targetGroups', request.targetGroups);
    const asOf = checkAsOf(problems, 'asOf', request.asOf, this.today);
    const per10k = request.shelterPlacesPer10k;
    if (per10k != null && !(per10k > 0 && per10k <= 100)) {
      problems.add('shelterPlacesPer10k', 'must be more than 0 and at most 100');
    }
    const topics =
      request.topics != null && request.topics.length > 0
        ? ([...new Set(request.topics)] as TopicCode[])
        : undefined;
    const groups: boolean | TargetGroupCode[] =
      request.targetGroups != null && request.targetGroups.length > 0
        ? ([...new Set(request.targetGroups)] as TargetGroupCode[])
        : request.byTargetGroup === true;
    const options: CoverageOptions = {
      asOf,
      ...(topics !== undefined ? { topics } : {}),
      targetGroups: groups,
      ...(request.languages != null && request.languages.length > 0
        ? { languages: [...new Set(request.languages)] as LanguageCode[] }
        : {}),
      ...(per10k != null ? { shelterPlacesPer10k: per10k } : {}),
    };
    return { options, asOf };
  }
}
