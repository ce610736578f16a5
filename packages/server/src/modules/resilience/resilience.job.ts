import {
  findBrokers,
  findIsolatedInstitutions,
  findIsolation,
  findPersonLinks,
  findSinglePoints,
  findStructuralWeakPoints,
  whatIfRemoved,
  type BrokerReport,
  type CollaborationStructure,
  type PersonLinkReport,
  type SinglePointsReport,
} from '@schutznetz/analysis';
import { ForbiddenError, InvalidInputError } from '../../errors';
import { lookupOf, Refs } from '../analysis/analysis.refs';
import type { ResolvedScope, ScopedGraph } from '../analysis/analysis.scope';
import type { InstitutionRef } from '../analysis/analysis.views';
import { coverageReportOf } from '../coverage-report/coverage-report.job';
import type {
  ArticulationPointView,
  BrokerReportView,
  CollaborationNodeView,
  IsolationView,
  PersonLinksView,
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

/** The people on whom an institution's link to the networks hangs (decision 024). */
export function personLinksOf(scoped: ScopedGraph): PersonLinkReport {
  return scoped.snapshot.memo(`person-links:${scoped.scope.key}`, () =>
    findPersonLinks(scoped.graph),
  );
}

/** A node of the collaboration graph: a network when the id names one, else an institution. */
function collaborationNode(refs: Refs, id: string): CollaborationNodeView {
  const network = refs.lookup.networks.get(id);
  if (network !== undefined) return { id, kind: 'network', name: network.name };
  return { id, kind: 'institution', name: refs.lookup.institutions.get(id)?.name ?? id };
}

/** What every part of a resilience answer reads: one scope, one date, one graph shape. */
export interface ResilienceJob {
  readonly scope: ResolvedScope;
  readonly asOf: string;
  readonly networksAsNodes: boolean;
}

/** Topics and cells that hang on one person or one institution (runs in an analysis worker). */
export function singlePointsView(
  scoped: ScopedGraph,
  job: ResilienceJob & { readonly peopleVisible: boolean },
): SinglePointsView {
  const report = singlePointsOf(scoped, job.asOf);
  const refs = new Refs(scoped.graph, job.peopleVisible);
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

/** Articulation points and bridges of the collaboration graph (runs in an analysis worker). */
export function structureView(scoped: ScopedGraph, job: ResilienceJob): StructureView {
  const structure = structureOf(scoped, job.networksAsNodes);
  const refs = new Refs(scoped.graph, false);
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

/** The nodes with the highest betweenness (runs in an analysis worker). */
export function brokersView(
  scoped: ScopedGraph,
  job: ResilienceJob & { readonly limit: number },
): BrokerReportView {
  const report = brokersOf(scoped, job.networksAsNodes);
  const refs = new Refs(scoped.graph, false);
  return {
    method: report.method,
    nodeCount: report.nodeCount,
    samples: report.samples,
    seed: report.seed,
    brokers: report.brokers
      .slice(0, job.limit)
      .map((b) => ({ node: collaborationNode(refs, b.id), score: b.score })),
  };
}

/** Institutions without referral paths and without networks (runs in an analysis worker). */
export function isolatedInstitutionsView(
  scoped: ScopedGraph,
  job: ResilienceJob,
): InstitutionRef[] {
  const { snapshot, graph } = scoped;
  const isolated = snapshot.memo(`isolated:${job.scope.key}`, () =>
    findIsolatedInstitutions(graph),
  );
  return new Refs(graph, false).institutions(isolated.map((i) => i.id));
}

/**
 * The people whose leaving, or one of whose links, cuts an institution off the networks (runs
 * in an analysis worker; people are for members and up).
 */
export function personLinksView(
  scoped: ScopedGraph,
  job: ResilienceJob & { readonly peopleVisible: boolean },
): PersonLinksView {
  if (!job.peopleVisible) throw new ForbiddenError('People are visible to network members only.');
  const report = personLinksOf(scoped);
  const refs = new Refs(scoped.graph, true);
  const person = (id: string) => refs.people([id])[0] ?? { id, name: id };
  return {
    nodeCount: report.nodeCount,
    linkCount: report.linkCount,
    cutPoints: report.cutPoints.map((p) => ({
      person: person(p.personId),
      cutOff: refs.institutions(p.cutOff),
    })),
    bridges: report.bridges.map((b) => ({
      person: person(b.personId),
      other: collaborationNode(refs, b.otherId),
      kind: b.kind,
      cutOff: refs.institutions(b.cutOff),
    })),
  };
}

/** Isolation in the referral graph and in the networks (runs in an analysis worker). */
export function isolationView(scoped: ScopedGraph, job: ResilienceJob): IsolationView {
  const { snapshot, graph } = scoped;
  const isolation = snapshot.memo(`isolation:${job.scope.key}`, () => findIsolation(graph));
  const refs = new Refs(graph, false);
  return {
    inReferralGraph: refs.institutions(isolation.inReferrals.map((i) => i.id)),
    inNetworks: refs.institutions(isolation.inNetworks.map((i) => i.id)),
  };
}

/** What would be lost if institution or person `id` left (runs in an analysis worker). */
export function whatIfView(
  scoped: ScopedGraph,
  job: ResilienceJob & { readonly id: string; readonly peopleVisible: boolean },
): WhatIfView {
  const { snapshot, graph } = scoped;
  const { id, peopleVisible } = job;
  const lookup = lookupOf(graph);
  const isPerson = lookup.people.has(id);
  if (!lookup.institutions.has(id) && !isPerson) {
    throw InvalidInputError.forField('id', `no institution or person '${id}' in the scope`);
  }
  if (isPerson && !peopleVisible) {
    throw new ForbiddenError('People are visible to network members only.');
  }
  const report = snapshot.memo(`what-if:${job.scope.key}:${job.asOf}:${id}`, () =>
    whatIfRemoved(graph, id, {
      asOf: job.asOf,
      personLinks: isPerson ? personLinksOf(scoped) : undefined,
    }),
  );
  const refs = new Refs(graph, peopleVisible);
  return {
    removedId: report.removed.id,
    removedKind: isPerson ? 'person' : 'institution',
    removedName: report.removed.name,
    lostCells: report.lostCells,
    reducedCells: report.reducedCells,
    topicsLosingLastHolder: report.topicsLosingLastHolder,
    topicsLosingLastExpert: report.topicsLosingLastExpert,
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
