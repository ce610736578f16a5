/**
 * The capacity report of the Gewalthilfegesetz (2025): the Länder take stock of protection and
 * counselling capacity and its coverage, and ask the counties for their figures. Per
 * municipality × form of violence × target group: the services that reach it, their places,
 * languages and whether one answers around the clock; and shelter places per 10,000
 * inhabitants against the Istanbul Convention's benchmark (one family place per 10,000).
 *
 * Matching is the coverage analysis's: a service reaches a municipality when its area covers it,
 * and counts for a form of violence when one of its topics is the form, its group or a
 * sub-topic; a service that names no target group serves all. No address is ever read.
 */
import type {
  InstitutionKindCode,
  LanguageCode,
  LocalizedLabel,
  RegionCode,
  TargetGroupCode,
  TopicCode,
} from '@schutznetz/domain';
import { localShelterServices, shelterCapacity } from './coverage-report/shelter';
import type { AnalysisGraph, AnalysisMunicipality, AnalysisService } from './graph';
import { graphIndex } from './graph-index';
import { isServiceAlwaysOpen, serviceLanguages, topicsMatch } from './matching';

/**
 * The forms of violence of the Gewalthilfegesetz: domestic violence and gender-specific
 * violence (sexualised, stalking, digital, forced marriage and "honour", FGM, trafficking), and
 * the children who live through it at home, whom the law protects with their mothers.
 */
export const VIOLENCE_FORMS: readonly TopicCode[] = [
  'domestic_violence',
  'children_exposed_to_dv',
  'stalking',
  'sexualised_violence_adults',
  'digital_violence',
  'forced_marriage_honour_violence',
  'fgm',
  'human_trafficking',
];

/** A target group of the report: one or more groups of the taxonomy under one heading. */
export interface ReportTargetGroup {
  readonly code: string;
  readonly label: LocalizedLabel;
  readonly members: readonly TargetGroupCode[];
}

/** Women and their children first, then the groups the law names for accessible protection. */
export const REPORT_TARGET_GROUPS: readonly ReportTargetGroup[] = [
  { code: 'women', label: { de: 'Frauen', en: 'Women' }, members: ['women'] },
  {
    code: 'children',
    label: { de: 'Kinder und Jugendliche', en: 'Children and adolescents' },
    members: ['infants_0_3', 'children_3_6', 'children_6_14', 'adolescents_14_18'],
  },
  {
    code: 'people_with_disability',
    label: { de: 'Menschen mit Behinderung', en: 'People with disability' },
    members: ['people_with_disability'],
  },
  {
    code: 'migrants_refugees',
    label: { de: 'Migrantinnen und Geflüchtete', en: 'Migrants and refugees' },
    members: ['migrants_refugees'],
  },
  {
    code: 'lgbtiq_persons',
    label: { de: 'LSBTIQ*-Personen', en: 'LGBTIQ* people' },
    members: ['lgbtiq_persons'],
  },
  { code: 'men', label: { de: 'Männer', en: 'Men' }, members: ['men'] },
];

/** One line of the main table: what reaches a municipality (or the county) for a form and group. */
export interface CapacityRow {
  /** `null`: the county as a whole (each service counted once). */
  readonly municipality: RegionCode | null;
  readonly form: TopicCode;
  readonly targetGroup: string;
  readonly serviceIds: readonly string[];
  readonly institutionIds: readonly string[];
  /** Places of the services that have places (shelters, protected flats). */
  readonly places: number;
  readonly languages: readonly LanguageCode[];
  readonly services24x7Ids: readonly string[];
}

/** Shelter places located in a municipality (or the county) against the benchmark. */
export interface ShelterPlacesRow {
  /** `null`: the county. */
  readonly municipality: RegionCode | null;
  readonly name: string;
  /** Inhabitants; `null` when unknown. */
  readonly population: number | null;
  readonly places: number;
  /** `null` when the population is unknown. */
  readonly placesPer10k: number | null;
  readonly requiredPlaces: number | null;
  /** Places missing to the benchmark (0 when it is met); `null` without a population. */
  readonly gap: number | null;
  readonly benchmarkMet: boolean | null;
}

/** A service of the report, as the Land asks for it: never an address. */
export interface CapacityServiceLine {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly institutionName: string;
  readonly institutionKind: InstitutionKindCode | null;
  /** Where its institution sits (a municipality or an external region), never the street. */
  readonly seat: RegionCode | null;
  readonly forms: readonly TopicCode[];
  readonly targetGroups: readonly TargetGroupCode[];
  readonly places: number | null;
  readonly languages: readonly LanguageCode[];
  readonly available24x7: boolean;
  /** The report's municipalities it reaches. */
  readonly reaches: readonly RegionCode[];
}

export interface ProtectionCapacityReport {
  readonly graphVersion: string;
  /** Shelter places per 10,000 inhabitants the benchmark asks for. */
  readonly benchmarkPer10k: number;
  readonly forms: readonly TopicCode[];
  readonly targetGroups: readonly ReportTargetGroup[];
  readonly municipalities: readonly Pick<AnalysisMunicipality, 'code' | 'name' | 'population'>[];
  /** The loaded county's German name; null without a loaded region. */
  readonly countyName: string | null;
  /** German names of the loaded region's places (county, municipalities, externals) by code. */
  readonly regionNames: Readonly<Record<string, string>>;
  /** Municipality by municipality (in the graph's order), then the county; forms × groups each. */
  readonly rows: readonly CapacityRow[];
  /** Each municipality, then the county (last). */
  readonly shelters: readonly ShelterPlacesRow[];
  /** Services on a form of violence that reach a municipality of the report, by name. */
  readonly services: readonly CapacityServiceLine[];
}

export interface ProtectionCapacityOptions {
  /** Default 1: one family place per 10,000 inhabitants (Istanbul Convention). */
  readonly benchmarkPer10k?: number;
}

const sorted = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort();

function servesGroup(service: AnalysisService, group: ReportTargetGroup): boolean {
  return (
    service.targetGroups.length === 0 || service.targetGroups.some((g) => group.members.includes(g))
  );
}

function shelterRow(
  municipality: RegionCode | null,
  name: string,
  population: number | null,
  places: number,
  benchmark: number,
): ShelterPlacesRow {
  if (population === null || population === 0) {
    return {
      municipality,
      name,
      population,
      places,
      placesPer10k: null,
      requiredPlaces: null,
      gap: null,
      benchmarkMet: null,
    };
  }
  const requiredPlaces = (population / 10_000) * benchmark;
  return {
    municipality,
    name,
    population,
    places,
    placesPer10k: (places / population) * 10_000,
    requiredPlaces,
    gap: Math.max(0, requiredPlaces - places),
    benchmarkMet: places >= requiredPlaces,
  };
}

/**
 * The county's capacity tables from one graph: a pure function, so one graph (one dated
 * snapshot) gives the same tables every time.
 */
export function protectionCapacity(
  graph: AnalysisGraph,
  options: ProtectionCapacityOptions = {},
): ProtectionCapacityReport {
  const benchmark = options.benchmarkPer10k ?? 1;
  const index = graphIndex(graph);
  const codes = graph.municipalities.map((m) => m.code);
  const relevant = graph.services
    .map((service) => ({
      service,
      institution: index.institutions.get(service.institutionId),
      forms: VIOLENCE_FORMS.filter((form) => topicsMatch(service.topics, form)),
      reaches: codes.filter((code) => graph.region.covers(service.area, code)),
    }))
    .filter((entry) => entry.forms.length > 0 && entry.reaches.length > 0);

  const row = (
    municipality: RegionCode | null,
    form: TopicCode,
    group: ReportTargetGroup,
  ): CapacityRow => {
    const matching = relevant.filter(
      (e) =>
        e.forms.includes(form) &&
        servesGroup(e.service, group) &&
        (municipality === null || e.reaches.includes(municipality)),
    );
    return {
      municipality,
      form,
      targetGroup: group.code,
      serviceIds: sorted(matching.map((e) => e.service.id)),
      institutionIds: sorted(matching.map((e) => e.service.institutionId)),
      places: matching.reduce((sum, e) => sum + (e.service.capacityTotal ?? 0), 0),
      languages: sorted(matching.flatMap((e) => serviceLanguages(e.service, e.institution))),
      services24x7Ids: sorted(
        matching
          .filter((e) => isServiceAlwaysOpen(e.service, e.institution))
          .map((e) => e.service.id),
      ),
    };
  };
  const rows = [...codes, null].flatMap((municipality) =>
    VIOLENCE_FORMS.flatMap((form) => REPORT_TARGET_GROUPS.map((g) => row(municipality, form, g))),
  );

  const local = localShelterServices(graph, index);
  const placesIn = (code: RegionCode): number =>
    local
      .filter((s) => s.municipality === code)
      .reduce((sum, s) => sum + (s.service.capacityTotal ?? 0), 0);
  const county = shelterCapacity(graph, index, benchmark);
  const shelters = [
    ...graph.municipalities.map((m) =>
      shelterRow(m.code, m.name, m.population, placesIn(m.code), benchmark),
    ),
    shelterRow(null, 'Landkreis', county.population, county.places, benchmark),
  ];

  const services = relevant
    .map(({ service, institution, forms, reaches }): CapacityServiceLine => ({
      serviceId: service.id,
      serviceName: service.name,
      institutionName: institution?.name ?? service.institutionId,
      institutionKind: institution?.kind ?? null,
      seat: institution?.municipality ?? null,
      forms,
      targetGroups: [...service.targetGroups].sort(),
      places: service.capacityTotal,
      languages: sorted(serviceLanguages(service, institution)),
      available24x7: isServiceAlwaysOpen(service, institution),
      reaches,
    }))
    .sort(
      (a, b) =>
        a.institutionName.localeCompare(b.institutionName, 'de') ||
        a.serviceName.localeCompare(b.serviceName, 'de') ||
        (a.serviceId < b.serviceId ? -1 : 1),
    );

  return {
    graphVersion: graph.version,
    benchmarkPer10k: benchmark,
    forms: VIOLENCE_FORMS,
    targetGroups: REPORT_TARGET_GROUPS,
    municipalities: graph.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      population: m.population,
    })),
    countyName: graph.region.county?.name.de ?? null,
    regionNames: Object.fromEntries(graph.region.all.map((r) => [r.code, r.name.de])),
    rows,
    shelters,
    services,
  };
}
