import { maySeePeople, type Viewer } from '../../auth';
import { InvalidInputError } from '../../errors';
import { Problems } from '../../validation';
import type { AnalysisRunner } from '../analysis/analysis.jobs';
import { checkAsOf, checkScope, todayUtc, type ScopeRequest } from '../analysis/analysis.scope';
import type { InstitutionRef } from '../analysis/analysis.views';
import type { ResilienceJob } from './resilience.job';
import type {
  BrokerReportView,
  IsolationView,
  PersonLinksView,
  ResilienceRoot,
  SinglePointsView,
  StructureView,
  WhatIfView,
} from './resilience.views';

/** The job of every part of a resilience answer. */
function jobOf(root: ResilienceRoot): ResilienceJob {
  return { scope: root.scope, asOf: root.asOf, networksAsNodes: root.networksAsNodes };
}

/**
 * Resilience (issue 4.3, with people since issue 13) over the cached graph: single points of
 * failure, articulation points and bridges, brokers, people on whom an institution's link
 * hangs, isolated institutions and what-if removals. The root fixes one
 * snapshot; each part is computed when a client asks for it. People appear only for members
 * and up, and only they may ask what losing a person would mean.
 */
export class ResilienceService {
  constructor(
    private readonly analyses: AnalysisRunner,
    /** Today, the default of `asOf`; injectable for tests. */
    private readonly today: () => string = todayUtc,
  ) {}

  /** The root of a resilience answer; its parts are computed on demand from one snapshot. */
  async openReport(
    scopeRequest: ScopeRequest | null | undefined,
    asOfRequest: string | null | undefined,
    networksAsNodes: boolean,
  ): Promise<ResilienceRoot> {
    const problems = new Problems();
    const resolved = checkScope(problems, 'scope.municipalities', scopeRequest);
    const asOf = checkAsOf(problems, 'asOf', asOfRequest, this.today);
    problems.throwIfAny();
    const snapshot = await this.analyses.current();
    return {
      municipalities: resolved.codes,
      graphVersion: snapshot.version,
      asOf,
      networksAsNodes,
      scope: resolved,
      snapshot,
    };
  }

  /** Topics and cells that hang on one person or one institution. */
  findSinglePoints(root: ResilienceRoot, viewer: Viewer): Promise<SinglePointsView> {
    return this.analyses.run(root.snapshot, 'singlePoints', {
      ...jobOf(root),
      peopleVisible: maySeePeople(viewer),
    });
  }

  /** Articulation points and bridges of the collaboration graph. */
  findStructure(root: ResilienceRoot): Promise<StructureView> {
    return this.analyses.run(root.snapshot, 'structure', jobOf(root));
  }

  /** The nodes with the highest betweenness (exact on small scopes, sampled on large ones). */
  findBrokers(root: ResilienceRoot, limit: number): Promise<BrokerReportView> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw InvalidInputError.forField('limit', 'must be between 1 and 500');
    }
    return this.analyses.run(root.snapshot, 'brokers', { ...jobOf(root), limit });
  }

  /** People on whom an institution's link to the networks hangs (members and up). */
  findPersonLinks(root: ResilienceRoot, viewer: Viewer): Promise<PersonLinksView> {
    return this.analyses.run(root.snapshot, 'personLinks', {
      ...jobOf(root),
      peopleVisible: maySeePeople(viewer),
    });
  }

  /** Isolation in the referral graph and in the networks, two lists. */
  findIsolation(root: ResilienceRoot): Promise<IsolationView> {
    return this.analyses.run(root.snapshot, 'isolation', jobOf(root));
  }

  /** Institutions without referral paths and without networks. */
  findIsolatedInstitutions(root: ResilienceRoot): Promise<InstitutionRef[]> {
    return this.analyses.run(root.snapshot, 'isolatedInstitutions', jobOf(root));
  }

  /** What would be lost if institution or person `id` left. */
  simulateRemoval(root: ResilienceRoot, id: string, viewer: Viewer): Promise<WhatIfView> {
    return this.analyses.run(root.snapshot, 'whatIfRemoved', {
      ...jobOf(root),
      id,
      peopleVisible: maySeePeople(viewer),
    });
  }
}
