/**
 * The in-memory input of every analysis: plain, immutable data close to the domain's
 * {@link GraphDataSet}, reduced to what the algorithms read. The server builds one per graph
 * version (from Neo4j or a backup) and passes it to the pure functions of this package.
 */
import {
  buildRegionCatalog,
  hasProtectedAddress,
  type ExpertiseData,
  type GraphDataSet,
  type InstitutionData,
  type MembershipData,
  type NetworkData,
  type PersonData,
  type ReferralPathData,
  type RegionCatalog,
  type RegionCode,
  type ServiceData,
  type TrainingData,
  type WorksAtData,
} from '@schutznetz/domain';
import { MultiDirectedGraph } from 'graphology';

/** An institution as the analyses see it. */
export type AnalysisInstitution = Pick<
  InstitutionData,
  | 'id'
  | 'name'
  | 'kind'
  | 'municipality'
  | 'street'
  | 'postalCode'
  | 'phone'
  | 'email'
  | 'website'
  | 'openingHours'
  | 'available24x7'
  | 'languages'
  | 'accessibility'
>;

/** A service (offer) of an institution. */
export type AnalysisService = Pick<
  ServiceData,
  | 'id'
  | 'institutionId'
  | 'name'
  | 'topics'
  | 'targetGroups'
  | 'minAge'
  | 'maxAge'
  | 'languages'
  | 'area'
  | 'openingHours'
  | 'available24x7'
  | 'selfReferral'
  | 'consentRequired'
  | 'accessibility'
  | 'capacityTotal'
  | 'capacityFree'
  | 'capacityReportedAt'
  | 'interpreting'
  | 'boysMaxAge'
>;

/** A `REFERS_TO` edge between two institutions, an instance of a route template. */
export type AnalysisReferralPath = Pick<
  ReferralPathData,
  | 'id'
  | 'fromId'
  | 'toId'
  | 'routeTemplate'
  | 'topics'
  | 'consent'
  | 'dataMode'
  | 'urgency'
  | 'responseHours'
  | 'afterHours'
  | 'conditions'
>;

/** Where a person works. */
export type Employment = Omit<WorksAtData, 'personId'>;

/** A topic a person is competent in (level, qualification, validity). */
export type Expertise = Omit<ExpertiseData, 'personId'>;

/** A professional with employments and expertise; memberships sit on {@link AnalysisNetwork}. */
export interface AnalysisPerson extends Pick<
  PersonData,
  'id' | 'languages' | 'qualifications' | 'phone' | 'email'
> {
  /** Display name: given and family name, or the function of a role contact. */
  readonly name: string;
  readonly employments: readonly Employment[];
  readonly expertise: readonly Expertise[];
}

/** A member (institution or person) of a network. */
export type NetworkMember = Omit<MembershipData, 'networkId'>;

/** A network with its members. */
export interface AnalysisNetwork extends Pick<NetworkData, 'id' | 'name' | 'kind' | 'area'> {
  readonly members: readonly NetworkMember[];
}

/** A municipality of the scope: a column of the coverage matrix. */
export interface AnalysisMunicipality {
  readonly code: RegionCode;
  readonly name: string;
  /** Inhabitants; `null` when unknown (then it weighs nothing in gap severities). */
  readonly population: number | null;
  /** Bordering municipalities, the first step of a "nearby" relaxation. */
  readonly neighbours: readonly RegionCode[];
}

/**
 * Everything an analysis reads. Each relationship is stored once: employments and expertise on
 * people, memberships on networks, services point to their institution, referral paths to both
 * ends. Lookups in the other direction come from an index built once per graph object.
 */
export interface AnalysisGraph {
  /** Identifies the data this graph was built from; callers key their caches on it. */
  readonly version: string;
  /**
   * The loaded region (decision 030): names, neighbours, externals and which service areas
   * cover which municipality. Empty when the data set has none.
   */
  readonly region: RegionCatalog;
  /** The municipalities the analyses report on (the scope). */
  readonly municipalities: readonly AnalysisMunicipality[];
  readonly institutions: readonly AnalysisInstitution[];
  readonly services: readonly AnalysisService[];
  readonly referralPaths: readonly AnalysisReferralPath[];
  readonly people: readonly AnalysisPerson[];
  readonly networks: readonly AnalysisNetwork[];
}

/** The loaded region's municipalities as columns, with population and neighbours. */
export function regionMunicipalities(region: RegionCatalog): AnalysisMunicipality[] {
  return region.municipalities.map((m) => ({
    code: m.code,
    name: m.name.de,
    population: m.population.count,
    neighbours: m.neighbours,
  }));
}

/** Options of {@link fromDataSet}. */
export interface FromDataSetOptions {
  /** Defaults to `'unversioned'`; pass the graph version the data was read at. */
  readonly version?: string;
  /** The columns of the analyses; defaults to the data set's region's municipalities. */
  readonly municipalities?: readonly AnalysisMunicipality[];
  /**
   * Count completed trainings as basic expertise of their participants (from the training
   * date, no expiry): how recorded trainings show up when coverage is re-measured.
   */
  readonly completedTrainingsAsExpertise?: boolean;
}

function personName(person: PersonData): string {
  const name = [person.givenName, person.familyName].filter((part) => part !== null).join(' ');
  return name === '' ? person.functionTitle : name;
}

function groupBy<Item, Key>(items: readonly Item[], key: (item: Item) => Key): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

function toExpertise(e: ExpertiseData): Expertise {
  return {
    topic: e.topic,
    level: e.level,
    qualification: e.qualification,
    since: e.since,
    validUntil: e.validUntil,
  };
}

/** Expertise a completed training confers, for people who do not hold the topic already. */
function trainingExpertise(trainings: readonly TrainingData[]): Map<string, Expertise[]> {
  const byPerson = new Map<string, Expertise[]>();
  for (const training of trainings) {
    if (!training.completed) continue;
    for (const personId of training.participantIds) {
      const list = byPerson.get(personId) ?? [];
      for (const topic of training.topics) {
        list.push({
          topic,
          level: 'basic',
          qualification: null,
          since: training.date,
          validUntil: null,
        });
      }
      byPerson.set(personId, list);
    }
  }
  return byPerson;
}

/**
 * Builds the analysis graph from a whole data set (demo seed, backup, or what the server read).
 * Relationships whose ends are missing are dropped.
 */
export function fromDataSet(data: GraphDataSet, options: FromDataSetOptions = {}): AnalysisGraph {
  const institutionIds = new Set(data.institutions.map((i) => i.id));
  const worksAt = groupBy(data.worksAt, (w) => w.personId);
  const expertise = groupBy(data.expertise, (e) => e.personId);
  const trained =
    options.completedTrainingsAsExpertise === true
      ? trainingExpertise(data.trainings)
      : new Map<string, Expertise[]>();
  const memberships = groupBy(data.memberships, (m) => m.networkId);
  const personIds = new Set(data.people.map((p) => p.id));
  const memberIds = new Set([...institutionIds, ...personIds]);

  const region = buildRegionCatalog(data.region ?? null);
  return {
    version: options.version ?? 'unversioned',
    region,
    municipalities: options.municipalities ?? regionMunicipalities(region),
    institutions: data.institutions.map((i) => ({
      id: i.id,
      name: i.name,
      kind: i.kind,
      municipality: i.municipality,
      // Never stored for a protected address; dropped here too, so no analysis can show one.
      street: hasProtectedAddress(i.kind) ? null : i.street,
      postalCode: hasProtectedAddress(i.kind) ? null : i.postalCode,
      phone: i.phone,
      email: i.email,
      website: i.website,
      openingHours: i.openingHours,
      available24x7: i.available24x7,
      languages: i.languages,
      accessibility: i.accessibility,
    })),
    services: data.services
      .filter((s) => institutionIds.has(s.institutionId))
      .map((s) => ({
        id: s.id,
        institutionId: s.institutionId,
        name: s.name,
        topics: s.topics,
        targetGroups: s.targetGroups,
        minAge: s.minAge,
        maxAge: s.maxAge,
        languages: s.languages,
        area: s.area,
        openingHours: s.openingHours,
        available24x7: s.available24x7,
        selfReferral: s.selfReferral,
        consentRequired: s.consentRequired,
        accessibility: s.accessibility,
        capacityTotal: s.capacityTotal,
        capacityFree: s.capacityFree,
        capacityReportedAt: s.capacityReportedAt,
        interpreting: s.interpreting,
        boysMaxAge: s.boysMaxAge,
      })),
    referralPaths: data.referralPaths
      .filter((r) => institutionIds.has(r.fromId) && institutionIds.has(r.toId))
      .map((r) => ({
        id: r.id,
        fromId: r.fromId,
        toId: r.toId,
        routeTemplate: r.routeTemplate,
        topics: r.topics,
        consent: r.consent,
        dataMode: r.dataMode,
        urgency: r.urgency,
        responseHours: r.responseHours,
        afterHours: r.afterHours,
        conditions: r.conditions,
      })),
    people: data.people.map((p) => {
      const own = (expertise.get(p.id) ?? []).map(toExpertise);
      const ownTopics = new Set(own.map((e) => e.topic));
      const extra = (trained.get(p.id) ?? []).filter((e) => !ownTopics.has(e.topic));
      return {
        id: p.id,
        name: personName(p),
        phone: p.phone,
        email: p.email,
        languages: p.languages,
        qualifications: p.qualifications,
        employments: (worksAt.get(p.id) ?? [])
          .filter((w) => institutionIds.has(w.institutionId))
          .map((w) => ({ institutionId: w.institutionId, role: w.role, since: w.since })),
        expertise: [...own, ...extra],
      };
    }),
    networks: data.networks.map((n) => ({
      id: n.id,
      name: n.name,
      kind: n.kind,
      area: n.area,
      members: (memberships.get(n.id) ?? [])
        .filter((m) => memberIds.has(m.memberId))
        .map((m) => ({ memberId: m.memberId, role: m.role, since: m.since })),
    })),
  };
}

/**
 * Restricts a graph to a scope: the institutions in `municipalities`, plus institutions
 * elsewhere (neighbouring towns, the Land, federal hotlines) whose services serve one of them.
 * Of those outside institutions only the services that serve the scope stay. Referral paths
 * stay when both ends stay; people when they still work at an institution or belong to a
 * network that stays; networks when their area touches the scope or a member stays.
 * A code the graph has no municipality entry for becomes a column without population.
 */
export function scope(graph: AnalysisGraph, municipalities: readonly RegionCode[]): AnalysisGraph {
  const inScope = new Set(municipalities);
  const servesScope = (area: readonly RegionCode[]): boolean =>
    municipalities.some((code) => graph.region.covers(area, code));

  const servicesByInstitution = groupBy(graph.services, (s) => s.institutionId);
  const institutions = graph.institutions.filter(
    (i) =>
      inScope.has(i.municipality) ||
      (servicesByInstitution.get(i.id) ?? []).some((s) => servesScope(s.area)),
  );
  const kept = new Map(institutions.map((i) => [i.id, i]));
  const services = graph.services.filter((s) => {
    const owner = kept.get(s.institutionId);
    return owner !== undefined && (inScope.has(owner.municipality) || servesScope(s.area));
  });
  const referralPaths = graph.referralPaths.filter((r) => kept.has(r.fromId) && kept.has(r.toId));

  const employed = graph.people.map((p) => ({
    ...p,
    employments: p.employments.filter((e) => kept.has(e.institutionId)),
  }));
  const employedIds = new Set(employed.filter((p) => p.employments.length > 0).map((p) => p.id));
  const networkIsKept = (n: AnalysisNetwork): boolean =>
    servesScope(n.area) ||
    n.members.some((m) => kept.has(m.memberId) || employedIds.has(m.memberId));
  const networks = graph.networks.filter(networkIsKept);
  const networkPersonIds = new Set(networks.flatMap((n) => n.members.map((m) => m.memberId)));
  const people = employed.filter((p) => p.employments.length > 0 || networkPersonIds.has(p.id));
  const memberIds = new Set([...kept.keys(), ...people.map((p) => p.id)]);

  const known = new Map(graph.municipalities.map((m) => [m.code, m]));
  return {
    version: graph.version,
    region: graph.region,
    municipalities: municipalities.map(
      (code) => known.get(code) ?? { code, name: code, population: null, neighbours: [] },
    ),
    institutions,
    services,
    referralPaths,
    people,
    networks: networks.map((n) => ({
      ...n,
      members: n.members.filter((m) => memberIds.has(m.memberId)),
    })),
  };
}

/** Node attributes of {@link toGraphology}. */
export type GraphologyNodeAttributes =
  | { readonly type: 'institution'; readonly label: string; readonly data: AnalysisInstitution }
  | { readonly type: 'service'; readonly label: string; readonly data: AnalysisService }
  | { readonly type: 'person'; readonly label: string; readonly data: AnalysisPerson }
  | { readonly type: 'network'; readonly label: string; readonly data: AnalysisNetwork };

/** Edge attributes of {@link toGraphology}, named after the Neo4j relationship types. */
export type GraphologyEdgeAttributes =
  | { readonly type: 'OFFERS' }
  | { readonly type: 'REFERS_TO'; readonly data: AnalysisReferralPath }
  | { readonly type: 'WORKS_AT'; readonly data: Employment }
  | { readonly type: 'MEMBER_OF'; readonly data: NetworkMember };

/**
 * The whole graph as a graphology multigraph (institutions, services, people and networks as
 * nodes), e.g. for GEXF export or graphology's algorithms. Referral paths keep their ids as
 * edge keys. The route finder does not need it: it works on its own adjacency index.
 */
export function toGraphology(
  graph: AnalysisGraph,
): MultiDirectedGraph<GraphologyNodeAttributes, GraphologyEdgeAttributes> {
  const g = new MultiDirectedGraph<GraphologyNodeAttributes, GraphologyEdgeAttributes>();
  for (const data of graph.institutions) {
    g.addNode(data.id, { type: 'institution', label: data.name, data });
  }
  for (const data of graph.services) {
    g.addNode(data.id, { type: 'service', label: data.name, data });
    g.addEdge(data.institutionId, data.id, { type: 'OFFERS' });
  }
  for (const data of graph.people) {
    g.addNode(data.id, { type: 'person', label: data.name, data });
    for (const employment of data.employments) {
      g.addEdge(data.id, employment.institutionId, { type: 'WORKS_AT', data: employment });
    }
  }
  for (const data of graph.networks) {
    g.addNode(data.id, { type: 'network', label: data.name, data });
  }
  for (const network of graph.networks) {
    for (const member of network.members) {
      if (g.hasNode(member.memberId)) {
        g.addEdge(member.memberId, network.id, { type: 'MEMBER_OF', data: member });
      }
    }
  }
  for (const data of graph.referralPaths) {
    g.addEdgeWithKey(data.id, data.fromId, data.toId, { type: 'REFERS_TO', data });
  }
  return g;
}
