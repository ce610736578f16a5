import type {
  AnalysisGraph,
  AnalysisInstitution,
  AnalysisNetwork,
  AnalysisPerson,
  AnalysisService,
} from '@schutznetz/analysis';
import type { InstitutionRef, NetworkRef, PersonRef, ServiceRef } from './analysis.views';

/** The objects of a graph by id. */
export interface Lookup {
  readonly institutions: ReadonlyMap<string, AnalysisInstitution>;
  readonly services: ReadonlyMap<string, AnalysisService>;
  readonly people: ReadonlyMap<string, AnalysisPerson>;
  readonly networks: ReadonlyMap<string, AnalysisNetwork>;
}

const lookups = new WeakMap<AnalysisGraph, Lookup>();

/** The lookup of `graph`, built once per graph object (a snapshot's graphs live as long as it). */
export function lookupOf(graph: AnalysisGraph): Lookup {
  let lookup = lookups.get(graph);
  if (lookup === undefined) {
    lookup = {
      institutions: new Map(graph.institutions.map((i) => [i.id, i])),
      services: new Map(graph.services.map((s) => [s.id, s])),
      people: new Map(graph.people.map((p) => [p.id, p])),
      networks: new Map(graph.networks.map((n) => [n.id, n])),
    };
    lookups.set(graph, lookup);
  }
  return lookup;
}

/** Turns ids into references, leaving out ids the graph does not hold. */
export class Refs {
  readonly lookup: Lookup;

  constructor(
    graph: AnalysisGraph,
    /** False for the public view: no people, not even their names. */
    readonly peopleVisible: boolean,
  ) {
    this.lookup = lookupOf(graph);
  }

  institution(id: string): InstitutionRef | null {
    const i = this.lookup.institutions.get(id);
    return i === undefined
      ? null
      : {
          id: i.id,
          name: i.name,
          kind: i.kind,
          municipality: i.municipality,
          available24x7: i.available24x7,
        };
  }

  institutions(ids: readonly string[]): InstitutionRef[] {
    return ids.flatMap((id) => this.institution(id) ?? []);
  }

  service(id: string): ServiceRef | null {
    const s = this.lookup.services.get(id);
    return s === undefined
      ? null
      : {
          id: s.id,
          name: s.name,
          institutionId: s.institutionId,
          available24x7:
            s.available24x7 ||
            this.lookup.institutions.get(s.institutionId)?.available24x7 === true,
        };
  }

  services(ids: readonly string[]): ServiceRef[] {
    return ids.flatMap((id) => this.service(id) ?? []);
  }

  people(ids: readonly string[]): PersonRef[] {
    if (!this.peopleVisible) return [];
    return ids.flatMap((id) => {
      const p = this.lookup.people.get(id);
      return p === undefined ? [] : [{ id: p.id, name: p.name }];
    });
  }

  network(id: string): NetworkRef | null {
    const n = this.lookup.networks.get(id);
    return n === undefined ? null : { id: n.id, name: n.name, kind: n.kind };
  }

  networks(ids: readonly string[]): NetworkRef[] {
    return ids.flatMap((id) => this.network(id) ?? []);
  }
}
