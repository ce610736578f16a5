import { scope, type AnalysisGraph } from '@schutznetz/analysis';
import { isIsoDate, type RegionCode } from '@schutznetz/domain';
import type { Problems } from '../../validation';
import type { GraphSnapshot } from '../../analysis-graph/cache';
import { currentRegion } from '../region/region.current';
import type { ScopeView } from './analysis.views';

/** Municipalities an analysis is restricted to; absent or empty: the whole loaded county. */
export interface ScopeRequest {
  readonly municipalities?: readonly string[] | null;
}

/** A checked scope: its municipality codes, sorted, and the key derived results are kept under. */
export interface ResolvedScope {
  readonly codes: readonly RegionCode[];
  readonly key: string;
}

/** The scoped graph of one snapshot: what every analysis of a request reads. */
export interface ScopedGraph {
  readonly snapshot: GraphSnapshot;
  /** The snapshot's graph restricted to the scope (memoised per snapshot and scope). */
  readonly graph: AnalysisGraph;
  readonly scope: ResolvedScope;
}

/**
 * Checks the municipalities of a scope against the loaded region (decision 030); unknown codes
 * are a problem of `field`. The county's code stands for all its municipalities. Without a
 * loaded region the scope is empty: the analyses answer with no municipalities.
 */
export function checkScope(
  problems: Problems,
  field: string,
  request: ScopeRequest | null | undefined,
): ResolvedScope {
  const region = currentRegion();
  const county = region.county?.code;
  const asked = request?.municipalities ?? [];
  const unknown = asked.filter((code) => code !== county && !region.isMunicipality(code));
  if (unknown.length > 0) {
    const example = region.municipalities[0]?.code;
    problems.add(
      field,
      county === undefined
        ? `unknown municipality: ${unknown.join(', ')} (no region is loaded yet: an admin loads one, see docs/region-file.md)`
        : `unknown municipality: ${unknown.join(', ')} (use municipality codes such as "${example ?? county}", or "${county}")`,
    );
  }
  const codes =
    asked.length === 0 || (county !== undefined && asked.includes(county))
      ? region.municipalities.map((m) => m.code)
      : [...new Set(asked.filter((code) => region.isMunicipality(code)))].sort();
  return { codes: codes, key: codes.join(',') };
}

/** Today as YYYY-MM-DD (UTC): the default of `asOf` and of a training's date. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Checks an optional `asOf` date; without one, the analysis counts as of `today`. */
export function checkAsOf(
  problems: Problems,
  field: string,
  asOf: string | null | undefined,
  today: () => string,
): string {
  if (asOf !== null && asOf !== undefined && !isIsoDate(asOf)) {
    problems.add(field, 'must be a date as YYYY-MM-DD');
  }
  return asOf ?? today();
}

/** The municipalities and graph version every analysis answer names. */
export function scopeView(scoped: ScopedGraph): ScopeView {
  return { municipalities: scoped.scope.codes, graphVersion: scoped.snapshot.version };
}

/**
 * The snapshot's graph restricted to `resolved` (memoised per snapshot and scope): what an
 * analysis job reads, in a worker thread or in process.
 */
export function openScope(snapshot: GraphSnapshot, resolved: ResolvedScope): ScopedGraph {
  const graph = snapshot.memo(`scope:${resolved.key}`, () => scope(snapshot.graph, resolved.codes));
  return { snapshot, graph, scope: resolved };
}
