/**
 * Coverage: which services and qualified people reach each municipality for each topic
 * (optionally per target group), around the clock and in which languages; shelter places
 * against the Istanbul Convention benchmark; and the gaps, ranked by severity
 * (people affected × topic criticality × a weight per kind of gap).
 *
 * A service reaches a municipality when its area covers it. A person reaches the municipalities
 * their employers sit in and those their employers' services cover; they count for a topic when
 * they hold a valid expertise on it. Topics match as everywhere in this package: a service or
 * an expertise on a topic, its group or one of its sub-topics counts.
 */
import {
  institutionKindByCode,
  REFERRAL_ROUTES,
  TOPICS,
  topicByCode,
  type InstitutionKindCode,
  type Criticality,
  type LanguageCode,
  type LocalizedLabel,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
} from '@schutznetz/domain';
import type { AnalysisGraph, AnalysisPerson } from './graph';
import { graphIndex, listOf, type GraphIndex } from './graph-index';
import {
  areaCovers,
  isExpertiseValid,
  isServiceAlwaysOpen,
  relatedTopics,
  serviceLanguages,
} from './matching';
import { counted } from './wording';

/** Options of {@link computeCoverage}. */
export interface CoverageOptions {
  /** The rows; defaults to the 30 catalogue topics (groups left out). */
  readonly topics?: readonly TopicCode[];
  /** Also break cells down by these target groups (`true`: every group some service names). */
  readonly targetGroups?: boolean | readonly TargetGroupCode[];
  /** Expertise must be valid on this date (ISO); without it every expertise counts. */
  readonly asOf?: string;
  /** Report a gap where a topic is served but not in one of these languages. */
  readonly languages?: readonly LanguageCode[];
  /** Shelter family places per 10,000 inhabitants; the Istanbul Convention's figure is 1. */
  readonly shelterPlacesPer10k?: number;
}

/** One cell of the matrix and what stands behind it. */
export interface CoverageCell {
  readonly topic: TopicCode;
  readonly municipality: RegionCode;
  /** `null` in the topic × municipality matrix. */
  readonly targetGroup: TargetGroupCode | null;
  readonly serviceCount: number;
  readonly serviceIds: readonly string[];
  /** Institutions offering those services. */
  readonly institutionIds: readonly string[];
  readonly personCount: number;
  readonly personIds: readonly string[];
  /** Services among them that are reachable 24/7. */
  readonly services24x7Ids: readonly string[];
  /** Languages at least one of the services works in. */
  readonly languages: readonly LanguageCode[];
}

/** Shelter places in scope against the benchmark. */
export interface ShelterCapacity {
  readonly population: number;
  readonly placesPer10k: number;
  readonly requiredPlaces: number;
  readonly places: number;
  /** Sum of reported free places; `null` when no shelter reports any. */
  readonly freePlaces: number | null;
  readonly shortfall: number;
  /** Places per required place; `null` when nothing is required (no population). */
  readonly ratio: number | null;
  readonly serviceIds: readonly string[];
  /** Municipalities no shelter's area covers. */
  readonly municipalitiesWithoutShelter: readonly RegionCode[];
}

/** Kinds of gap, each with a weight in the severity. */
export type CoverageGapKind =
  | 'no_service'
  | 'no_local_specialist'
  | 'no_qualified_person'
  | 'no_24x7'
  | 'language'
  | 'shelter_capacity';

/** Weight of each kind of gap in the severity. */
export const GAP_WEIGHTS: Readonly<Record<CoverageGapKind, number>> = {
  no_service: 1,
  shelter_capacity: 1,
  no_local_specialist: 0.5,
  no_qualified_person: 0.5,
  no_24x7: 0.5,
  language: 0.25,
};

/** A gap with its reason. */
export interface CoverageGap {
  /** Stable: kind, topic, municipality and language joined by `:`. */
  readonly id: string;
  readonly kind: CoverageGapKind;
  readonly topic: TopicCode;
  /** `null` for a gap of the whole scope (shelter places). */
  readonly municipality: RegionCode | null;
  readonly language: LanguageCode | null;
  readonly peopleAffected: number;
  readonly criticality: Criticality;
  /** peopleAffected × criticality × {@link GAP_WEIGHTS}. */
  readonly severity: number;
  readonly reason: LocalizedLabel;
  /** The services that exist for the cell (what does not close the gap). */
  readonly serviceIds: readonly string[];
}

/** The whole coverage analysis of a scope. */
export interface CoverageReport {
  readonly topics: readonly TopicCode[];
  readonly municipalities: readonly RegionCode[];
  /** Topic × municipality, row by row. */
  readonly cells: readonly CoverageCell[];
  /** Topic × municipality × target group, when asked for. */
  readonly targetGroupCells: readonly CoverageCell[];
  readonly shelterCapacity: ShelterCapacity;
  /** Most severe first. */
  readonly gaps: readonly CoverageGap[];
}

/** Headline numbers of a report, for before/after comparisons. */
export interface CoverageSummary {
  readonly cells: number;
  readonly cellsWithService: number;
  readonly cellsWithPerson: number;
  readonly gaps: number;
  readonly totalSeverity: number;
}

/** The catalogue topics (without groups): the default rows. */
export const CATALOGUE_TOPICS: readonly TopicCode[] = TOPICS.filter((t) => !t.isGroup).map(
  (t) => t.code,
);

const SHELTER_KINDS: ReadonlySet<string> = new Set(['womens_shelter', 'protected_flat']);

interface CellAccumulator {
  readonly services: Set<string>;
  readonly institutions: Set<string>;
  readonly people: Set<string>;
  readonly services24x7: Set<string>;
  readonly languages: Set<LanguageCode>;
}

function accumulator(): CellAccumulator {
  return {
    services: new Set(),
    institutions: new Set(),
    people: new Set(),
    services24x7: new Set(),
    languages: new Set(),
  };
}

function cellKey(topic: string, municipality: string, group: string | null): string {
  return group === null ? `${topic}|${municipality}` : `${topic}|${municipality}|${group}`;
}

/**
 * The municipalities (of `columns`) a person reaches: where an employer sits, and what an
 * employer's services cover.
 */
export function personReach(
  index: GraphIndex,
  person: AnalysisPerson,
  columns: readonly RegionCode[],
): RegionCode[] {
  const reached = new Set<RegionCode>();
  for (const employment of person.employments) {
    const institution = index.institutions.get(employment.institutionId);
    if (institution === undefined) continue;
    reached.add(institution.municipality);
    for (const service of listOf(index.servicesOf, institution.id)) {
      for (const code of columns) if (areaCovers(service.area, code)) reached.add(code);
    }
  }
  return columns.filter((code) => reached.has(code));
}

/** The topics (of `rows`) a person holds a valid expertise for. */
export function personTopics(
  person: AnalysisPerson,
  rows: readonly TopicCode[],
  asOf: string | undefined,
): TopicCode[] {
  const held = person.expertise.filter((e) => isExpertiseValid(e, asOf)).map((e) => e.topic);
  return rows.filter((row) => {
    const related = relatedTopics(row);
    return held.some((topic) => related.has(topic));
  });
}

function finishCell(
  topic: TopicCode,
  municipality: RegionCode,
  targetGroup: TargetGroupCode | null,
  acc: CellAccumulator | undefined,
): CoverageCell {
  const sorted = <T extends string>(set: Set<T> | undefined): T[] => [...(set ?? [])].sort();
  const serviceIds = sorted(acc?.services);
  const personIds = sorted(acc?.people);
  return {
    topic,
    municipality,
    targetGroup,
    serviceCount: serviceIds.length,
    serviceIds,
    institutionIds: sorted(acc?.institutions),
    personCount: personIds.length,
    personIds,
    services24x7Ids: sorted(acc?.services24x7),
    languages: sorted(acc?.languages),
  };
}

function shelterCapacity(
  graph: AnalysisGraph,
  index: GraphIndex,
  placesPer10k: number,
): ShelterCapacity {
  const shelters = graph.services.filter(
    (s) =>
      s.capacityTotal !== null &&
      SHELTER_KINDS.has(index.institutions.get(s.institutionId)?.kind ?? ''),
  );
  const population = graph.municipalities.reduce((sum, m) => sum + (m.population ?? 0), 0);
  const requiredPlaces = (population / 10_000) * placesPer10k;
  const places = shelters.reduce((sum, s) => sum + (s.capacityTotal ?? 0), 0);
  const reported = shelters.filter((s) => s.capacityFree !== null);
  return {
    population,
    placesPer10k,
    requiredPlaces,
    places,
    freePlaces:
      reported.length === 0 ? null : reported.reduce((sum, s) => sum + (s.capacityFree ?? 0), 0),
    shortfall: Math.max(0, requiredPlaces - places),
    ratio: requiredPlaces === 0 ? null : places / requiredPlaces,
    serviceIds: shelters.map((s) => s.id).sort(),
    municipalitiesWithoutShelter: graph.municipalities
      .filter((m) => !shelters.some((s) => areaCovers(s.area, m.code)))
      .map((m) => m.code),
  };
}

function topicLabel(topic: TopicCode): LocalizedLabel {
  return topicByCode(topic).label;
}

function number(n: number): LocalizedLabel {
  const rounded = Math.round(n * 10) / 10;
  return { de: rounded.toLocaleString('de-DE'), en: rounded.toLocaleString('en-GB') };
}

/**
 * The specialised services of a topic: the kinds of institution where the route templates most
 * specific to it end (those naming the fewest topics; R16 → Fachberatungsstelle for sexualised
 * violence, R18 → Täterarbeit, R04 → Frauenhaus), not the general child-protection routes
 * (R08, R14) that many topics share.
 */
export function specialistKinds(topic: TopicCode): ReadonlySet<InstitutionKindCode> {
  let kinds = SPECIALIST_KINDS.get(topic);
  if (kinds === undefined) {
    const related = relatedTopics(topic);
    const routes = REFERRAL_ROUTES.filter(
      (route) => route.topics !== 'any' && route.topics.some((t) => related.has(t)),
    );
    const fewest = Math.min(...routes.map((route) => route.topics.length));
    kinds = new Set(
      routes
        .filter((route) => route.topics.length === fewest)
        .flatMap((route) => route.hops[route.hops.length - 1]?.to ?? []),
    );
    SPECIALIST_KINDS.set(topic, kinds);
  }
  return kinds;
}

const SPECIALIST_KINDS = new Map<TopicCode, ReadonlySet<InstitutionKindCode>>();

/** Where the cell's specialised services sit: in scope, only outside, or nowhere. */
interface SpecialistSituation {
  readonly kinds: ReadonlySet<InstitutionKindCode>;
  /** Specialised institutions behind the cell located outside the scope. */
  readonly outside: readonly { readonly name: string; readonly municipality: RegionCode }[];
  readonly local: number;
}

function cellGaps(
  cell: CoverageCell,
  name: string,
  population: number,
  languages: readonly LanguageCode[],
  specialists: SpecialistSituation,
): CoverageGap[] {
  const criticality = topicByCode(cell.topic).criticality;
  const topic = topicLabel(cell.topic);
  const people = number(population);
  const gap = (
    kind: CoverageGapKind,
    reason: LocalizedLabel,
    language: LanguageCode | null = null,
  ): CoverageGap => ({
    id: [kind, cell.topic, cell.municipality, ...(language === null ? [] : [language])].join(':'),
    kind,
    topic: cell.topic,
    municipality: cell.municipality,
    language,
    peopleAffected: population,
    criticality,
    severity: population * criticality * GAP_WEIGHTS[kind],
    reason,
    serviceIds: cell.serviceIds,
  });
  if (cell.serviceCount === 0) {
    const qualified = counted(
      cell.personCount,
      ['qualifizierte Person', 'qualifizierte Personen'],
      ['qualified professional', 'qualified professionals'],
    );
    return [
      gap('no_service', {
        de: `Kein Dienst zu „${topic.de}“ erreicht ${name} (${people.de} Einwohner); ${qualified.de} erreichen die Gemeinde. Kritikalität ${criticality}.`,
        en: `No service on "${topic.en}" reaches ${name} (${people.en} inhabitants); ${qualified.en} reach it. Criticality ${criticality}.`,
      }),
    ];
  }
  const gaps: CoverageGap[] = [];
  if (specialists.kinds.size > 0 && specialists.local === 0) {
    const kindNames = [...specialists.kinds].map((k) => institutionKindByCode(k).label);
    const kindsDe = kindNames.map((l) => l.de).join(', ');
    const kindsEn = kindNames.map((l) => l.en).join(', ');
    const outside = specialists.outside.map((o) => `${o.name} (${o.municipality})`).join(', ');
    gaps.push(
      gap(
        'no_local_specialist',
        specialists.outside.length > 0
          ? {
              de: `Keine spezialisierte Stelle zu „${topic.de}“ (${kindsDe}) im Ausschnitt; ${name} erreicht nur ${outside}.`,
              en: `No specialised service on "${topic.en}" (${kindsEn}) inside the scope; ${name} is reached only from ${outside}.`,
            }
          : {
              de: `Keine spezialisierte Stelle zu „${topic.de}“ (${kindsDe}) erreicht ${name}; nur allgemeine Dienste (${cell.serviceCount}).`,
              en: `No specialised service on "${topic.en}" (${kindsEn}) reaches ${name}; only general services (${cell.serviceCount}).`,
            },
      ),
    );
  }
  if (cell.personCount === 0) {
    const services = counted(cell.serviceCount, ['Dienst', 'Dienste'], ['service', 'services']);
    gaps.push(
      gap('no_qualified_person', {
        de: `${services.de} zu „${topic.de}“ ${cell.serviceCount === 1 ? 'erreicht' : 'erreichen'} ${name}, aber keine Fachkraft mit gültiger Expertise dazu.`,
        en: `${services.en} on "${topic.en}" ${cell.serviceCount === 1 ? 'reaches' : 'reach'} ${name}, but no professional with valid expertise in it.`,
      }),
    );
  }
  if (criticality === 3 && cell.services24x7Ids.length === 0) {
    gaps.push(
      gap('no_24x7', {
        de: `Akute Gefahr möglich, aber kein Dienst zu „${topic.de}“ für ${name} ist rund um die Uhr erreichbar (${cell.serviceCount} nur zu Öffnungszeiten).`,
        en: `Acute danger possible, but no service on "${topic.en}" for ${name} is reachable 24/7 (${cell.serviceCount} in opening hours only).`,
      }),
    );
  }
  for (const language of languages) {
    if (!cell.languages.includes(language)) {
      gaps.push(
        gap(
          'language',
          {
            de: `Kein Dienst zu „${topic.de}“ für ${name} arbeitet in der Sprache „${language}“ (vorhanden: ${cell.languages.join(', ')}).`,
            en: `No service on "${topic.en}" for ${name} works in "${language}" (available: ${cell.languages.join(', ')}).`,
          },
          language,
        ),
      );
    }
  }
  return gaps;
}

function shelterGap(
  capacity: ShelterCapacity,
  nameOf: (code: RegionCode) => string,
): CoverageGap[] {
  if (capacity.shortfall <= 0) return [];
  const peopleAffected = Math.round((capacity.shortfall * 10_000) / capacity.placesPer10k);
  const criticality = topicByCode('domestic_violence').criticality;
  const names = capacity.municipalitiesWithoutShelter.map(nameOf).join(', ');
  const without =
    names === ''
      ? { de: '', en: '' }
      : {
          de: ` Ohne Frauenhaus im Einzugsgebiet: ${names}.`,
          en: ` Not in any shelter's area: ${names}.`,
        };
  const places = number(capacity.places);
  const required = number(capacity.requiredPlaces);
  const shortfall = number(capacity.shortfall);
  return [
    {
      id: 'shelter_capacity:domestic_violence:scope',
      kind: 'shelter_capacity',
      topic: 'domestic_violence',
      municipality: null,
      language: null,
      peopleAffected,
      criticality,
      severity: peopleAffected * criticality * GAP_WEIGHTS.shelter_capacity,
      reason: {
        de: `${places.de} Familienplätze in Frauenhäusern, nötig wären ${required.de} (Istanbul-Konvention: ${capacity.placesPer10k} je 10.000 Einwohner); es fehlen ${shortfall.de}.${without.de}`,
        en: `${places.en} family places in shelters, ${required.en} needed (Istanbul Convention: ${capacity.placesPer10k} per 10,000 inhabitants); ${shortfall.en} missing.${without.en}`,
      },
      serviceIds: capacity.serviceIds,
    },
  ];
}

/**
 * The coverage of `graph`'s municipalities: cells with the services, institutions and people
 * behind them, 24/7 and language coverage, shelter capacity and the ranked gap list.
 */
export function computeCoverage(
  graph: AnalysisGraph,
  options: CoverageOptions = {},
): CoverageReport {
  const index = graphIndex(graph);
  const rows = options.topics ?? CATALOGUE_TOPICS;
  const columns = graph.municipalities.map((m) => m.code);
  const groupOption = options.targetGroups ?? false;
  const groups: readonly TargetGroupCode[] =
    groupOption === true
      ? [...new Set(graph.services.flatMap((s) => s.targetGroups))].sort()
      : groupOption === false
        ? []
        : groupOption;
  const acc = new Map<string, CellAccumulator>();
  const touch = (key: string): CellAccumulator => {
    let cell = acc.get(key);
    if (cell === undefined) {
      cell = accumulator();
      acc.set(key, cell);
    }
    return cell;
  };
  const relatedRows = rows.map((row) => ({ row, related: relatedTopics(row) }));

  for (const service of graph.services) {
    const institution = index.institutions.get(service.institutionId);
    const topicRows = relatedRows
      .filter(({ related }) => service.topics.some((t) => related.has(t)))
      .map(({ row }) => row);
    if (topicRows.length === 0) continue;
    const covered = columns.filter((code) => areaCovers(service.area, code));
    const always = isServiceAlwaysOpen(service, institution);
    const languages = serviceLanguages(service, institution);
    const serviceGroups =
      service.targetGroups.length === 0
        ? groups
        : groups.filter((g) => service.targetGroups.includes(g));
    for (const topic of topicRows) {
      for (const code of covered) {
        for (const group of [null, ...serviceGroups]) {
          const cell = touch(cellKey(topic, code, group));
          cell.services.add(service.id);
          cell.institutions.add(service.institutionId);
          if (always) cell.services24x7.add(service.id);
          for (const language of languages) cell.languages.add(language);
        }
      }
    }
  }

  for (const person of graph.people) {
    const topics = personTopics(person, rows, options.asOf);
    if (topics.length === 0) continue;
    const reach = personReach(index, person, columns);
    const groupReach = groups.length === 0 ? [] : personGroupReach(index, person, columns, groups);
    for (const topic of topics) {
      for (const code of reach) touch(cellKey(topic, code, null)).people.add(person.id);
      for (const [code, group] of groupReach) {
        touch(cellKey(topic, code, group)).people.add(person.id);
      }
    }
  }

  const cells: CoverageCell[] = [];
  const targetGroupCells: CoverageCell[] = [];
  for (const topic of rows) {
    for (const code of columns) {
      cells.push(finishCell(topic, code, null, acc.get(cellKey(topic, code, null))));
      for (const group of groups) {
        targetGroupCells.push(finishCell(topic, code, group, acc.get(cellKey(topic, code, group))));
      }
    }
  }

  const capacity = shelterCapacity(graph, index, options.shelterPlacesPer10k ?? 1);
  const inScope = new Set(columns);
  const situation = (cell: CoverageCell): SpecialistSituation => {
    const kinds = specialistKinds(cell.topic);
    const specialised = cell.institutionIds.flatMap((id) => {
      const institution = index.institutions.get(id);
      return institution !== undefined && kinds.has(institution.kind) ? [institution] : [];
    });
    const outside = specialised.filter((i) => !inScope.has(i.municipality));
    return {
      kinds,
      outside: outside.map((i) => ({ name: i.name, municipality: i.municipality })),
      local: specialised.length - outside.length,
    };
  };
  const gaps = [
    ...cells.flatMap((cell) => {
      const municipality = index.municipalities.get(cell.municipality);
      return cellGaps(
        cell,
        municipality?.name ?? cell.municipality,
        municipality?.population ?? 0,
        options.languages ?? [],
        situation(cell),
      );
    }),
    ...shelterGap(capacity, (code) => index.municipalities.get(code)?.name ?? code),
  ].sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id));

  return {
    topics: rows,
    municipalities: columns,
    cells,
    targetGroupCells,
    shelterCapacity: capacity,
    gaps,
  };
}

/**
 * The (municipality, target group) pairs a person reaches: those of their employers' services
 * (a service without target groups serves all of `groups`).
 */
function personGroupReach(
  index: GraphIndex,
  person: AnalysisPerson,
  columns: readonly RegionCode[],
  groups: readonly TargetGroupCode[],
): [RegionCode, TargetGroupCode][] {
  const pairs = new Set<string>();
  const result: [RegionCode, TargetGroupCode][] = [];
  for (const employment of person.employments) {
    for (const service of listOf(index.servicesOf, employment.institutionId)) {
      const served =
        service.targetGroups.length === 0
          ? groups
          : groups.filter((g) => service.targetGroups.includes(g));
      for (const code of columns) {
        if (!areaCovers(service.area, code)) continue;
        for (const group of served) {
          const key = `${code}|${group}`;
          if (!pairs.has(key)) {
            pairs.add(key);
            result.push([code, group]);
          }
        }
      }
    }
  }
  return result;
}

/** Headline numbers of a coverage report. */
export function summarizeCoverage(report: CoverageReport): CoverageSummary {
  return {
    cells: report.cells.length,
    cellsWithService: report.cells.filter((c) => c.serviceCount > 0).length,
    cellsWithPerson: report.cells.filter((c) => c.personCount > 0).length,
    gaps: report.gaps.length,
    totalSeverity: report.gaps.reduce((sum, g) => sum + g.severity, 0),
  };
}
