import {
  findBrokers,
  findIsolatedInstitutions,
  findSinglePoints,
  findStructuralWeakPoints,
  whatIfRemoved,
  type BrokerReport,
  type CollaborationStructure,
  type SinglePointsReport,
} from '@schutznetz/analysis';
import type { Viewer } from '../../auth';
import { ForbiddenError, InvalidInputError } from '../../errors';
import { Problems } from '../../validation';
import { lookupOf, peopleVisibleTo, Refs } from '../analysis/analysis.refs';
import {
  checkAsOf,
  checkScope,
  scopeView,
  todayUtc,
  type AnalysisGraphs,
  type ScopedGraph,
  type ScopeRequest,
} from '../analysis/analysis.scope';
import type { InstitutionRef } from '../analysis/analysis.views';
import { coverageReportOf } from '../coverage-report/coverage-report.service';
import type {
  ArticulationPointView,
  BrokerReportView,
  CollaborationNodeView,
  ResilienceRoot,
  SinglePointsView,
  StructureView,
  WhatIfView,
} from './resilience.views';

// Derived results, computed once per snapshot and scope and shared with the graph explorer.

/** Topics and cells held by one person or one institution, as of `asOf`. */
export function singlePointsOf(scoped: ScopedGraph, asOf: string): SinglePointsReport {
  return scoped.snapshot.memo(`single-points:${scoped.scope.key}:${asOf}`, () =>
    findSinglePoints(scoped.graph, {
      asOf,
      coverage: coverageReportOf(scoped, { asOf, targetGroups: false }),
    }),
  );
}

/** Articulation points and bridges of the collaboration graph. */
export function structureOf(scoped: ScopedGraph, networksAsNodes: boolean): CollaborationStructure {
  return scoped.snapshot.memo(`structure:${scoped.scope.key}:${networksAsNodes}`, () =>
    findStructuralWeakPoints(scoped.graph, { networksAsNodes }),
  );
}

/** Betweenness of every node (limit: all), so the explorer and the broker list share it. */
export function brokersOf(scoped: ScopedGraph, networksAsNodes: boolean): BrokerReport {
  return scoped.snapshot.memo(`betweenness:${scoped.scope.key}:${networksAsNodes}`, () =>
    findBrokers(scoped.graph, { networksAsNodes, limit: Number.POSITIVE_INFINITY }),
  );
}

/** A node of the collaboration graph: a network when the id names one, else an institution. */
function collaborationNode(refs: Refs, id: string): CollaborationNodeView {
  const network = refs.lookup.networks.get(id);
  if (network !== undefined) return { id, kind: 'network', name: network.name };
  return { id, kind: 'institution', name: refs.lookup.institutions.get(id)?.name ?? id };
}

/**
 * Resilience (issue 4.3) over the cached graph: single points of failure, articulation points
 * and bridges, brokers, isolated institutions and what-if removals. The root fixes one scoped
 * snapshot; each part is computed when a client asks for it. People appear only for members
 * and up, and only they may ask what losing a person would mean.
 */
export class ResilienceService {
  constructor(
    private readonly graphs: AnalysisGraphs,
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
    const scoped = await this.graphs.open(resolved);
    return { ...scopeView(scoped), asOf, networksAsNodes, scoped };
  }

  /** Topics and cells that hang on one person or one institution. */
  findSinglePoints(root: ResilienceRoot, viewer: Viewer): SinglePointsView {
    const report = singlePointsOf(root.scoped, root.asOf);
    const refs = new Refs(root.scoped.graph, peopleVisibleTo(viewer));
    return {
      topics: report.topics.map((t) => ({
        topic: t.topic,
        personCount: t.personIds.length,
        people: refs.people(t.personIds),
        institutions: refs.institutions(t.institutionIds),
        singlePerson: t.singlePerson,
        singleInstitution: t.singleInstitution,
      })),
      singlePersonTopics: report.singlePersonTopics,
      singleInstitutionTopics: report.singleInstitutionTopics,
      singleInstitutionCells: report.singleInstitutionCells.flatMap((c) => {
        const institution = refs.institution(c.institutionId);
        return institution === null
          ? []
          : [{ topic: c.topic, municipality: c.municipality, institution }];
      }),
    };
  }

  /** Articulation points and bridges of the collaboration graph. */
  findStructure(root: ResilienceRoot): StructureView {
    const structure = structureOf(root.scoped, root.networksAsNodes);
    const refs = new Refs(root.scoped.graph, false);
    const node = (id: string): CollaborationNodeView => collaborationNode(refs, id);
    return {
      nodeCount: structure.nodeCount,
      edgeCount: structure.edgeCount,
      components: structure.components,
      articulationPoints: structure.articulationPoints.map((p): ArticulationPointView => ({
        node: node(p.id),
        parts: p.parts,
        cutOff: p.cutOff.map(node),
      })),
      bridges: structure.bridges.map((b) => ({
        source: node(b.source),
        target: node(b.target),
        kind: b.kind,
        referralPathIds: b.referralPathIds,
        sides: b.sides,
        cutOff: b.cutOff.map(node),
      })),
    };
  }

  /** The nodes with the highest betweenness (exact on small scopes, sampled on large ones). */
  findBrokers(root: ResilienceRoot, limit: number): BrokerReportView {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw InvalidInputError.forField('limit', 'must be between 1 and 500');
    }
    const report = brokersOf(root.scoped, root.networksAsNodes);
    const refs = new Refs(root.scoped.graph, false);
    return {
      method: report.method,
      nodeCount: report.nodeCount,
      samples: report.samples,
      seed: report.seed,
      brokers: report.brokers
        .slice(0, limit)
        .map((b) => ({ node: collaborationNode(refs, b.id), score: b.score })),
    };
  }

  /** Institutions without referral paths and without networks. */
  findIsolatedInstitutions(root: ResilienceRoot): InstitutionRef[] {
    const { snapshot, graph, scope } = root.scoped;
    const isolated = snapshot.memo(`isolated:${scope.key}`, () => findIsolatedInstitutions(graph));
    return new Refs(graph, false).institutions(isolated.map((i) => i.id));
  }

  /** What would be lost if institution or person `id` left. */
  simulateRemoval(root: ResilienceRoot, id: string, viewer: Viewer): WhatIfView {
    const { snapshot, graph, scope } = root.scoped;
    const lookup = lookupOf(graph);
    const isPerson = lookup.people.has(id);
    if (!lookup.institutions.has(id) && !isPerson) {
      throw InvalidInputError.forField('id', `no institution or person '${id}' in the scope`);
    }
    const peopleVisible = peopleVisibleTo(viewer);
    if (isPerson && !peopleVisible) {
      throw new ForbiddenError('People are visible to network members only.');
    }
    const report = snapshot.memo(`what-if:${scope.key}:${root.asOf}:${id}`, () =>
      whatIfRemoved(graph, id, { asOf: root.asOf }),
    );
    const refs = new Refs(graph, peopleVisible);
    return {
      removedId: report.removed.id,
      removedKind: isPerson ? 'person' : 'institution',
      removedName: report.removed.name,
      lostCells: report.lostCells,
      reducedCells: report.reducedCells,
      topicsLosingLastHolder: report.topicsLosingLastHolder,
      topicsBecomingSinglePoints: report.topicsBecomingSinglePoints,
      brokenRoutes: report.brokenRoutes.flatMap((b) => {
        const start = refs.institution(b.startId);
        return start === null
          ? []
          : [{ start, topic: b.topic, previouslyReached: refs.institutions(b.previouslyReached) }];
      }),
      cutOffInstitutions: refs.institutions(report.cutOffInstitutions),
      summary: report.summary,
    };
  }
}
