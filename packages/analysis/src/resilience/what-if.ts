/**
 * What if someone leaves: the graph without an institution or a person, and what that costs
 * (coverage cells lost, topics without a holder or without a qualified person, broken referral
 * routes, institutions cut off).
 */
import type { LocalizedLabel, RegionCode, TopicCode } from '@schutznetz/domain';
import { analyseStructure, collaborationGraph } from '../collaboration';
import { CATALOGUE_TOPICS, computeCoverage, type CoverageOptions } from '../coverage-report';
import type { AnalysisGraph } from '../graph';
import { graphIndex, listOf, type GraphIndex } from '../graph-index';
import { topicsMatch } from '../matching';
import { referralPathFailure } from '../routes';
import { counted } from '../wording';
import { findPersonLinks, type PersonLinkReport } from './people-links';
import { holdersByTopic } from './single-points';

/**
 * The graph without one institution (with its services, referral paths, employments and
 * memberships) or one person (with their expertise and memberships). Unknown ids change nothing.
 */
export function withoutNode(graph: AnalysisGraph, id: string): AnalysisGraph {
  return {
    ...graph,
    version: `${graph.version}-without-${id}`,
    institutions: graph.institutions.filter((i) => i.id !== id),
    services: graph.services.filter((s) => s.id !== id && s.institutionId !== id),
    referralPaths: graph.referralPaths.filter((r) => r.fromId !== id && r.toId !== id),
    people: graph.people
      .filter((p) => p.id !== id)
      .map((p) =>
        p.employments.some((e) => e.institutionId === id)
          ? { ...p, employments: p.employments.filter((e) => e.institutionId !== id) }
          : p,
      ),
    networks: graph.networks.map((n) =>
      n.members.some((m) => m.memberId === id)
        ? { ...n, members: n.members.filter((m) => m.memberId !== id) }
        : n,
    ),
  };
}

/** A coverage cell that drops to zero. */
export interface LostCell {
  readonly topic: TopicCode;
  readonly municipality: RegionCode;
  readonly lost: 'services' | 'people' | 'services_and_people';
}

/** A start that reached the topic along referral paths before and cannot any more. */
export interface BrokenRoute {
  readonly startId: string;
  readonly topic: TopicCode;
  /** The end institutions it reached before. */
  readonly previouslyReached: readonly string[];
}

/** What leaving would cost. */
export interface WhatIfReport {
  readonly removed: {
    readonly id: string;
    readonly kind: 'institution' | 'person' | 'unknown';
    readonly name: string;
  };
  readonly lostCells: readonly LostCell[];
  /** Cells that keep some coverage but lose services or people. */
  readonly reducedCells: number;
  /** Topics without any holder (person or institution) afterwards that had one before. */
  readonly topicsLosingLastHolder: readonly TopicCode[];
  /**
   * Topics that had a person with valid expertise working in scope and have none afterwards
   * (a service on the topic may remain: nobody there is qualified in it any more).
   */
  readonly topicsLosingLastExpert: readonly TopicCode[];
  /** Topics that fall to a single person or institution. */
  readonly topicsBecomingSinglePoints: readonly TopicCode[];
  readonly brokenRoutes: readonly BrokenRoute[];
  /**
   * Institutions cut off. An institution leaving: those that lose every referral connection to
   * the rest (collaboration graph). A person leaving: those whose every link to the networks
   * ran through them (decision 024).
   */
  readonly cutOffInstitutions: readonly string[];
  readonly summary: LocalizedLabel;
}

/** Options of {@link whatIfRemoved}. */
export interface WhatIfOptions {
  readonly topics?: readonly TopicCode[];
  readonly asOf?: string;
  /** Hops a route may take (as in the route finder); defaults to 4. */
  readonly maxHops?: number;
  /** {@link findPersonLinks} of the same graph, to save computing it again. */
  readonly personLinks?: PersonLinkReport;
}

/** The nodes within `hops` steps of `start` (without it), each step's targets given by `next`. */
function withinHops(
  start: string,
  hops: number,
  next: (node: string) => readonly string[],
): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 0; depth < hops && frontier.length > 0; depth += 1) {
    const reached: string[] = [];
    for (const node of frontier) {
      for (const to of next(node)) {
        if (!seen.has(to)) {
          seen.add(to);
          reached.push(to);
        }
      }
    }
    frontier = reached;
  }
  seen.delete(start);
  return seen;
}

/** End institutions reachable from `start` along referral paths usable for `topic`. */
function reachableEnds(
  index: GraphIndex,
  start: string,
  topic: TopicCode,
  maxHops: number,
  municipality: RegionCode,
): Set<string> {
  const need = { topic, municipality };
  const reached = withinHops(start, maxHops, (node) =>
    listOf(index.outPaths, node)
      .filter(
        (path) => index.institutions.has(path.toId) && referralPathFailure(path, need) === null,
      )
      .map((path) => path.toId),
  );
  return new Set(
    [...reached].filter((id) =>
      listOf(index.servicesOf, id).some((s) => topicsMatch(s.topics, topic)),
    ),
  );
}

/** Institutions with a path of at most `hops` referral paths to `target`. */
function upstream(index: GraphIndex, target: string, hops: number): Set<string> {
  return withinHops(target, hops, (node) => listOf(index.inPaths, node).map((path) => path.fromId));
}

/**
 * What leaving would cost if institution or person `id` left: coverage cells that drop to
 * zero, topics losing their last holder or falling to one, starts that can no longer reach a
 * topic along referral paths (only starts upstream of the institution can be affected, so only
 * they are searched), and institutions cut off from the rest.
 */
export function whatIfRemoved(
  graph: AnalysisGraph,
  id: string,
  options: WhatIfOptions = {},
): WhatIfReport {
  const index = graphIndex(graph);
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const maxHops = options.maxHops ?? 4;
  const coverageOptions: CoverageOptions = { topics: rows, asOf: options.asOf };
  const institution = index.institutions.get(id);
  const person = index.people.get(id);
  const after = withoutNode(graph, id);
  const afterIndex = graphIndex(after);

  const before = computeCoverage(graph, coverageOptions);
  const afterCoverage = computeCoverage(after, coverageOptions);
  const lostCells: LostCell[] = [];
  let reducedCells = 0;
  before.cells.forEach((cell, i) => {
    const next = afterCoverage.cells[i];
    if (next === undefined) return;
    const servicesLost = cell.serviceCount > 0 && next.serviceCount === 0;
    const peopleLost = cell.personCount > 0 && next.personCount === 0;
    if (servicesLost || peopleLost) {
      lostCells.push({
        topic: cell.topic,
        municipality: cell.municipality,
        lost:
          servicesLost && peopleLost ? 'services_and_people' : servicesLost ? 'services' : 'people',
      });
    } else if (next.serviceCount < cell.serviceCount || next.personCount < cell.personCount) {
      reducedCells += 1;
    }
  });

  const holdersBefore = holdersByTopic(graph, index, rows, options.asOf);
  const holdersAfter = holdersByTopic(after, afterIndex, rows, options.asOf);
  const topicsLosingLastHolder: TopicCode[] = [];
  const topicsLosingLastExpert: TopicCode[] = [];
  const topicsBecomingSinglePoints: TopicCode[] = [];
  holdersBefore.forEach((held, i) => {
    const next = holdersAfter[i];
    if (next === undefined) return;
    const had = held.personIds.length + held.institutionIds.length > 0;
    const has = next.personIds.length + next.institutionIds.length > 0;
    if (held.personIds.length > 0 && next.personIds.length === 0) {
      topicsLosingLastExpert.push(held.topic);
    }
    if (had && !has) topicsLosingLastHolder.push(held.topic);
    else if (
      (next.singlePerson && held.personIds.length > 1) ||
      (next.singleInstitution && held.institutionIds.length > 1)
    ) {
      topicsBecomingSinglePoints.push(held.topic);
    }
  });

  const brokenRoutes: BrokenRoute[] = [];
  let cutOffInstitutions: string[] = [];
  if (institution !== undefined) {
    // It may be the end of a route of maxHops hops, so look that far upstream.
    for (const start of [...upstream(index, id, maxHops)].sort()) {
      const own = listOf(index.servicesOf, start);
      const municipality = index.institutions.get(start)?.municipality ?? institution.municipality;
      for (const topic of rows) {
        if (own.some((s) => topicsMatch(s.topics, topic))) continue;
        const reachedBefore = reachableEnds(index, start, topic, maxHops, municipality);
        if (reachedBefore.size === 0) continue;
        if (reachableEnds(afterIndex, start, topic, maxHops, municipality).size === 0) {
          brokenRoutes.push({
            startId: start,
            topic,
            previouslyReached: [...reachedBefore].sort(),
          });
        }
      }
    }
    const structure = analyseStructure(collaborationGraph(graph));
    cutOffInstitutions = [...(structure.articulationPoints.find((p) => p.id === id)?.cutOff ?? [])];
  } else if (person !== undefined) {
    const links = options.personLinks ?? findPersonLinks(graph);
    cutOffInstitutions = [...(links.cutPoints.find((p) => p.personId === id)?.cutOff ?? [])];
  }

  const name = institution?.name ?? person?.name ?? id;
  const lost = counted(lostCells.length, ['Zelle', 'Zellen'], ['cell', 'cells']);
  const orphaned = counted(topicsLosingLastHolder.length, ['Thema', 'Themen'], ['topic', 'topics']);
  const unqualified = counted(
    topicsLosingLastExpert.length,
    ['Thema', 'Themen'],
    ['topic', 'topics'],
  );
  const broken = counted(
    brokenRoutes.length,
    ['unterbrochene Verweisungsroute', 'unterbrochene Verweisungsrouten'],
    ['broken referral route', 'broken referral routes'],
  );
  const cutOff = counted(
    cutOffInstitutions.length,
    ['abgeschnittene Einrichtung', 'abgeschnittene Einrichtungen'],
    ['institution cut off', 'institutions cut off'],
  );
  return {
    removed: {
      id,
      kind: institution !== undefined ? 'institution' : person !== undefined ? 'person' : 'unknown',
      name,
    },
    lostCells,
    reducedCells,
    topicsLosingLastHolder,
    topicsLosingLastExpert,
    topicsBecomingSinglePoints,
    brokenRoutes,
    cutOffInstitutions,
    summary: {
      de: `Ohne ${name}: ${lost.de} ohne Abdeckung, ${reducedCells.toLocaleString('de-DE')} geschwächt, ${orphaned.de} ohne Träger, ${unqualified.de} ohne qualifizierte Fachkraft, ${broken.de}, ${cutOff.de}.`,
      en: `Without ${name}: coverage lost in ${lost.en}, ${reducedCells.toLocaleString('en-GB')} weakened, no holder left for ${orphaned.en}, no qualified professional left for ${unqualified.en}, ${broken.en}, ${cutOff.en}.`,
    },
  };
}
