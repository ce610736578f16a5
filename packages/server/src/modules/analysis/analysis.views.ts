/**
 * What every analysis answers with: the library's results with ids turned into small references
 * (id, name, kind) from the cached graph, and people left out where the viewer may not see them.
 * Plain data; the GraphQL types mirror these shapes. Each feature's own answers are in its
 * `<feature>.views.ts`.
 */

/** An institution as the analyses know it (public data). */
export interface InstitutionRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly municipality: string;
  readonly available24x7: boolean;
}

/** A service (offer) of an institution. */
export interface ServiceRef {
  readonly id: string;
  readonly name: string;
  readonly institutionId: string;
  readonly available24x7: boolean;
}

/** A professional: only returned to viewers who may see people. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

/** A network. */
export interface NetworkRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** Which municipalities an analysis looked at, and the graph version it read. */
export interface ScopeView {
  readonly municipalities: readonly string[];
  readonly graphVersion: string;
}

/** A topic × municipality cell, named by codes. */
export interface CellRefView {
  readonly topic: string;
  readonly municipality: string;
}
