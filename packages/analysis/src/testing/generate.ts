/**
 * A generator of large, plausible analysis graphs for tests and benchmarks: institutions of
 * every kind spread over the county's municipalities (regional, state and federal kinds in
 * Dessau-Roßlau, Halle, Magdeburg, the Land and the Bund), services whose topics and target
 * groups follow the route templates that end at their kind, referral paths that instantiate
 * the templates that start at their kind, staff with expertise, and networks. Seeded: the same
 * options give the same graph.
 */
import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import {
  INSTITUTION_KINDS,
  LANGUAGES,
  NETWORK_KINDS,
  REFERRAL_ROUTES,
  TARGET_GROUPS,
  routesToKind,
  type InstitutionKindCode,
  type LanguageCode,
  type OpeningInterval,
  type ReferralRouteTemplate,
  type RegionCode,
  type TargetGroupCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import { CATALOGUE_TOPICS } from '../coverage-report';
import {
  regionMunicipalities,
  type AnalysisGraph,
  type AnalysisInstitution,
  type AnalysisNetwork,
  type AnalysisPerson,
  type AnalysisReferralPath,
  type AnalysisService,
} from '../graph';
import { createRandom, randomInt, type Random } from '../random';

/** Options of {@link generateAnalysisGraph}. */
export interface GenerateOptions {
  readonly institutions: number;
  readonly seed: number;
  /** Average staff per institution; default 1.5. */
  readonly peoplePerInstitution?: number;
  /** Networks; default one per 100 institutions, at least 4. */
  readonly networks?: number;
  /** Template-based referral paths each institution starts at most; default 3. */
  readonly maxPathsPerInstitution?: number;
  /** Agreed paths without a template to nearby institutions, per institution; default 2. */
  readonly extraPathsPerInstitution?: number;
}

const ALWAYS_OPEN: ReadonlySet<InstitutionKindCode> = new Set<InstitutionKindCode>([
  'womens_shelter',
  'protected_flat',
  'police_station',
  'national_helpline',
  'medical_child_protection_hotline',
  'hospital_paediatrics',
  'hospital_child_protection_team',
  'maternity_clinic',
]);

const SHELTERS: ReadonlySet<InstitutionKindCode> = new Set<InstitutionKindCode>([
  'womens_shelter',
  'protected_flat',
]);

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

const HOUR_PATTERNS: readonly (readonly OpeningInterval[])[] = [
  WEEKDAYS.map((day) => ({ day, opens: '08:00', closes: '16:00' })),
  WEEKDAYS.map((day) => ({ day, opens: '09:00', closes: '12:00' })),
  [
    ...(['mon', 'wed', 'fri'] as const).map((day) => ({ day, opens: '08:00', closes: '14:00' })),
    ...(['tue', 'thu'] as const).map((day) => ({ day, opens: '10:00', closes: '19:00' })),
  ],
  [],
];

const RESPONSE_HOURS: Readonly<Record<Urgency, number>> = {
  immediate: 1,
  same_day: 8,
  days: 72,
  weeks: 336,
};

function pick<T>(random: Random, items: readonly T[]): T | undefined {
  return items[randomInt(random, items.length)];
}

function pickSome<T>(random: Random, items: readonly T[], max: number): T[] {
  const count = 1 + randomInt(random, Math.max(1, Math.min(max, items.length)));
  const chosen = new Set<T>();
  for (let i = 0; i < count * 3 && chosen.size < count; i += 1) {
    const item = pick(random, items);
    if (item !== undefined) chosen.add(item);
  }
  return [...chosen];
}

/**
 * When the places of the `n`th institution were reported: spread over 2025 (the property tests'
 * moments) without drawing from the random stream, so the graphs stay as they were.
 */
function reportedAt(n: number): string {
  const hours = (n * 7919) % (365 * 24);
  return new Date(Date.UTC(2025, 0, 1) + hours * 3_600_000).toISOString();
}

function push<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function kindWeight(kind: InstitutionKindCode): number {
  switch (kind) {
    case 'school':
    case 'childcare_centre':
      return 8;
    case 'paediatric_practice':
    case 'gynaecology_practice':
    case 'youth_club':
      return 3;
    default:
      return 1;
  }
}

function typicalUrgency(route: ReferralRouteTemplate): Urgency {
  const { urgency } = route.conditions;
  if (urgency.kind === 'range') return urgency.fastest;
  return urgency.kind === 'varies' ? 'days' : 'weeks';
}

/** Generated graphs lie in the demo county. */
const COUNTY_MUNICIPALITIES = regionMunicipalities(DEMO_REGION_CATALOG);
const COUNTY_CODES: readonly RegionCode[] = COUNTY_MUNICIPALITIES.map((m) => m.code);

/** Generates a graph with `options.institutions` institutions. */
export function generateAnalysisGraph(options: GenerateOptions): AnalysisGraph {
  const random = createRandom(options.seed);
  const kinds = INSTITUTION_KINDS.flatMap((kind) =>
    Array.from({ length: kindWeight(kind.code) }, () => kind),
  );
  const weightedCounty = COUNTY_MUNICIPALITIES.flatMap((m) =>
    Array.from({ length: Math.max(1, Math.round((m.population ?? 0) / 5000)) }, () => m),
  );
  const templatesTo = new Map<InstitutionKindCode, readonly ReferralRouteTemplate[]>(
    INSTITUTION_KINDS.map((k) => [k.code, routesToKind(k.code)]),
  );

  const institutions: AnalysisInstitution[] = [];
  const services: AnalysisService[] = [];
  const byKind = new Map<InstitutionKindCode, AnalysisInstitution[]>();
  const byKindAndPlace = new Map<string, AnalysisInstitution[]>();

  for (let n = 0; n < options.institutions; n += 1) {
    const kind = pick(random, kinds) ?? INSTITUTION_KINDS[0];
    const home = pick(random, weightedCounty) ?? COUNTY_MUNICIPALITIES[0];
    const municipality: RegionCode =
      kind.scope === 'local'
        ? (home?.code ?? 'koethen')
        : kind.scope === 'regional'
          ? (pick(random, ['dessau_rosslau', 'halle_saale', 'magdeburg'] as const) ??
            'dessau_rosslau')
          : kind.scope === 'state'
            ? 'sachsen_anhalt'
            : 'germany';
    const always = ALWAYS_OPEN.has(kind.code);
    const hours = always ? [] : (pick(random, HOUR_PATTERNS) ?? []);
    const languages: LanguageCode[] =
      random() < 0.2 ? ['de', pick(random, LANGUAGES) ?? 'en'] : ['de'];
    const institution: AnalysisInstitution = {
      id: `org:g${n}`,
      name: `${kind.label.de} ${n}`,
      kind: kind.code,
      municipality,
      street: null,
      postalCode: null,
      phone: null,
      email: null,
      website: null,
      openingHours: hours,
      available24x7: always,
      languages: [...new Set(languages)],
      accessibility: random() < 0.4 ? ['step_free_access'] : [],
    };
    institutions.push(institution);
    push(byKind, kind.code, institution);
    push(byKindAndPlace, `${kind.code}|${municipality}`, institution);

    const templates = templatesTo.get(kind.code) ?? [];
    const topicPool: readonly TopicCode[] = [
      ...new Set(templates.flatMap((t) => (t.topics === 'any' ? [] : t.topics))),
    ];
    const groupPool: readonly TargetGroupCode[] = [
      ...new Set(templates.flatMap((t) => (t.targetGroups === 'any' ? [] : t.targetGroups))),
    ];
    const serviceCount = 1 + (random() < 0.4 ? 1 : 0);
    for (let j = 0; j < serviceCount; j += 1) {
      const topics = pickSome(random, topicPool.length > 0 ? topicPool : CATALOGUE_TOPICS, 3);
      const groups = pickSome(
        random,
        groupPool.length > 0 ? groupPool : TARGET_GROUPS.map((g) => g.code),
        3,
      );
      const neighbours = home?.neighbours ?? [];
      const area: RegionCode[] =
        kind.scope === 'local'
          ? [municipality, ...neighbours.filter(() => random() < 0.5)]
          : [municipality, ...COUNTY_CODES];
      const shelter = SHELTERS.has(kind.code);
      const total = shelter ? 4 + randomInt(random, 7) : null;
      services.push({
        id: `svc:g${n}_${j}`,
        institutionId: institution.id,
        name: `Angebot ${j + 1} von ${institution.name}`,
        topics,
        targetGroups: groups,
        minAge: null,
        maxAge: groups.every((g) => g.startsWith('children') || g.startsWith('infants'))
          ? 18
          : null,
        languages: random() < 0.3 ? [...new Set(['de', ...languages, 'en'] as const)] : [],
        area: [...new Set(area)],
        openingHours: j === 0 ? [] : (pick(random, HOUR_PATTERNS) ?? []),
        available24x7: always && j === 0,
        selfReferral: random() < 0.7,
        consentRequired: random() < 0.3,
        accessibility: random() < 0.3 ? ['phone_counselling'] : [],
        capacityTotal: total,
        capacityFree: total === null ? null : random() < 0.2 ? null : randomInt(random, 3),
        capacityReportedAt: total === null ? null : reportedAt(n),
        interpreting: false,
        boysMaxAge: null,
      });
    }
  }

  const servicesOf = new Map<string, AnalysisService[]>();
  for (const service of services) push(servicesOf, service.institutionId, service);

  const referralPaths: AnalysisReferralPath[] = [];
  const maxPaths = options.maxPathsPerInstitution ?? 3;
  const routeList: readonly ReferralRouteTemplate[] = REFERRAL_ROUTES;
  for (const institution of institutions) {
    const starting = routeList.filter(
      (t) =>
        (t.from === 'any' && random() < 0.1) ||
        (t.from !== 'any' && t.from.includes(institution.kind)),
    );
    const count = 1 + randomInt(random, maxPaths);
    for (let j = 0; j < count && starting.length > 0; j += 1) {
      const template = pick(random, starting);
      if (template === undefined) continue;
      const hop = template.hops[0];
      const targetKind = pick(random, hop.to);
      if (targetKind === undefined) continue;
      const local = byKindAndPlace.get(`${targetKind}|${institution.municipality}`) ?? [];
      const pool = local.length > 0 && random() < 0.7 ? local : (byKind.get(targetKind) ?? []);
      const target = pick(random, pool);
      if (target === undefined || target.id === institution.id) continue;
      const urgency = typicalUrgency(template);
      referralPaths.push({
        id: `ref:g${referralPaths.length}`,
        fromId: institution.id,
        toId: target.id,
        routeTemplate: template.id,
        topics: template.topics === 'any' ? [] : template.topics,
        consent: template.conditions.consent,
        dataMode: hop.dataModes[0],
        urgency,
        responseHours:
          random() < 0.1
            ? null
            : Math.max(1, Math.round(RESPONSE_HOURS[urgency] * (0.5 + random()))),
        afterHours: template.conditions.afterHours,
        conditions: null,
      });
    }
  }

  // Agreed paths without a template: to an institution in the same place, for its topics.
  const byPlace = new Map<RegionCode, AnalysisInstitution[]>();
  for (const institution of institutions) push(byPlace, institution.municipality, institution);
  const extra = options.extraPathsPerInstitution ?? 2;
  for (const institution of institutions) {
    for (let j = 0; j < extra; j += 1) {
      const target = pick(random, byPlace.get(institution.municipality) ?? []);
      if (target === undefined || target.id === institution.id) continue;
      // Some agreements cover every topic (a general cooperation agreement).
      const topics =
        random() < 0.3 ? [] : (servicesOf.get(target.id) ?? []).flatMap((s) => s.topics);
      referralPaths.push({
        id: `ref:g${referralPaths.length}`,
        fromId: institution.id,
        toId: target.id,
        routeTemplate: null,
        topics: [...new Set(topics)],
        consent: random() < 0.5 ? 'required' : 'not_required',
        dataMode: random() < 0.5 ? 'identified_with_consent' : 'pseudonymised',
        urgency: 'days',
        responseHours: random() < 0.1 ? null : 24 + randomInt(random, 96),
        afterHours: 'next_working_day',
        conditions: null,
      });
    }
  }

  const people: AnalysisPerson[] = [];
  const peopleCount = Math.round(options.institutions * (options.peoplePerInstitution ?? 1.5));
  for (let n = 0; n < peopleCount; n += 1) {
    const employer = pick(random, institutions);
    if (employer === undefined) break;
    const pool = (servicesOf.get(employer.id) ?? []).flatMap((s) => s.topics);
    const topics = pickSome(random, pool.length > 0 ? pool : CATALOGUE_TOPICS, 3);
    people.push({
      id: `person:g${n}`,
      name: `Fachkraft ${n}`,
      phone: null,
      email: null,
      languages: ['de'],
      qualifications: [],
      employments: [{ institutionId: employer.id, role: 'Fachkraft', since: null }],
      expertise: topics.map((topic) => ({
        topic,
        level: pick(random, ['basic', 'advanced', 'expert'] as const) ?? 'basic',
        qualification: null,
        since: null,
        validUntil: random() < 0.15 ? '2023-12-31' : null,
      })),
    });
  }

  const networks: AnalysisNetwork[] = [];
  const networkCount = options.networks ?? Math.max(4, Math.round(options.institutions / 100));
  const memberCount = Math.max(5, Math.round(options.institutions * 0.03));
  for (let n = 0; n < networkCount; n += 1) {
    const kind = NETWORK_KINDS[n % NETWORK_KINDS.length] ?? NETWORK_KINDS[0];
    const members = new Set<string>();
    for (let i = 0; i < memberCount; i += 1) {
      const member = random() < 0.8 ? pick(random, institutions) : pick(random, people);
      if (member !== undefined) members.add(member.id);
    }
    networks.push({
      id: `net:g${n}`,
      name: `${kind.label.de} ${n}`,
      kind: kind.code,
      area: COUNTY_CODES,
      members: [...members].map((memberId) => ({ memberId, role: 'member', since: null })),
    });
  }

  return {
    version: `generated-${options.institutions}-${options.seed}`,
    region: DEMO_REGION_CATALOG,
    municipalities: COUNTY_MUNICIPALITIES,
    institutions,
    services,
    referralPaths,
    people,
    networks,
  };
}
