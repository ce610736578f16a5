/**
 * The gaps of a coverage cell, each with its reason: no service, no specialised service in the
 * scope, no qualified person, nothing around the clock for a critical topic, a language missing.
 * Severity is people affected × topic criticality × {@link GAP_WEIGHTS}.
 */
import {
  institutionKindByCode,
  REFERRAL_ROUTES,
  topicByCode,
  type InstitutionKindCode,
  type LanguageCode,
  type LocalizedLabel,
  type RegionCode,
  type TopicCode,
} from '@schutznetz/domain';
import type { GraphIndex } from '../graph-index';
import { relatedTopics } from '../matching';
import { counted } from '../wording';
import type { CoverageCell, CoverageGap, CoverageGapKind } from './types';

/** Weight of each kind of gap in the severity. */
export const GAP_WEIGHTS: Readonly<Record<CoverageGapKind, number>> = {
  no_service: 1,
  shelter_capacity: 1,
  no_local_specialist: 0.5,
  no_qualified_person: 0.5,
  no_24x7: 0.5,
  language: 0.25,
};

function topicLabel(topic: TopicCode): LocalizedLabel {
  return topicByCode(topic).label;
}

export function localizedNumber(n: number): LocalizedLabel {
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
export interface SpecialistSituation {
  readonly kinds: ReadonlySet<InstitutionKindCode>;
  /** Specialised institutions behind the cell located outside the scope. */
  readonly outside: readonly {
    readonly name: string;
    readonly municipality: RegionCode;
    /** The municipality's (or region's) name in the loaded region. */
    readonly place: LocalizedLabel;
  }[];
  readonly local: number;
}

export function cellGaps(
  cell: CoverageCell,
  name: string,
  population: number,
  languages: readonly LanguageCode[],
  specialists: SpecialistSituation,
): CoverageGap[] {
  const criticality = topicByCode(cell.topic).criticality;
  const topic = topicLabel(cell.topic);
  const people = localizedNumber(population);
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
    // Named in each language (`Halle (Saale)`), never by the region's code.
    const outside = (locale: 'de' | 'en') =>
      specialists.outside.map((o) => `${o.name} (${o.place[locale]})`).join(', ');
    gaps.push(
      gap(
        'no_local_specialist',
        specialists.outside.length > 0
          ? {
              de: `Keine spezialisierte Stelle zu „${topic.de}“ (${kindsDe}) im Ausschnitt; ${name} erreicht nur ${outside('de')}.`,
              en: `No specialised service on "${topic.en}" (${kindsEn}) inside the scope; ${name} is reached only from ${outside('en')}.`,
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

/** Where the specialised services behind `cell` sit, seen from the scope's municipalities. */
export function specialistSituation(
  index: GraphIndex,
  inScope: ReadonlySet<RegionCode>,
  cell: CoverageCell,
): SpecialistSituation {
  const kinds = specialistKinds(cell.topic);
  const specialised = cell.institutionIds.flatMap((id) => {
    const institution = index.institutions.get(id);
    return institution !== undefined && kinds.has(institution.kind) ? [institution] : [];
  });
  const outside = specialised.filter((i) => !inScope.has(i.municipality));
  return {
    kinds,
    outside: outside.map((i) => ({
      name: i.name,
      municipality: i.municipality,
      place: {
        de: index.region.label(i.municipality, 'de'),
        en: index.region.label(i.municipality, 'en'),
      },
    })),
    local: specialised.length - outside.length,
  };
}
