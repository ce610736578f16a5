/**
 * The route finder's words (German and English): hours, cost terms, constraints, why a hop
 * applies, the explanation of a route's rank and the summary of an empty answer.
 */
import type { LocalizedLabel } from '@schutznetz/domain';
import type { AnalysisReferralPath } from '../graph';
import { counted } from '../wording';
import { templateOf } from './constraints';
import { COST_ORDER, total, type Costs } from './cost';
import type {
  CostTerm,
  CostTermKind,
  ReferralHop,
  ReferralRoute,
  RouteConstraint,
  RouteSearchResult,
} from './types';

/** What the wording of a rank reads of a finished route (the search's `Candidate`). */
interface RankedRoute {
  readonly kind: ReferralRoute['kind'];
  readonly hops: readonly Pick<ReferralHop, 'via'>[];
  readonly expectedHours: number;
  readonly costs: Costs;
}

/** Hours as text: "26 h" below two days, "3,5 Tage" / "3.5 days" above. */
export function formatHours(hours: number): LocalizedLabel {
  const rounded = Math.round(hours * 10) / 10;
  if (rounded < 48) return { de: `${String(rounded).replace('.', ',')} h`, en: `${rounded} h` };
  const days = Math.round((rounded / 24) * 10) / 10;
  return { de: `${String(days).replace('.', ',')} Tage`, en: `${days} days` };
}

const TERM_LABELS: Readonly<Record<CostTermKind, LocalizedLabel>> = {
  response: { de: 'Antwortzeiten', en: 'response times' },
  wait: { de: 'Warten auf Öffnungszeiten', en: 'waiting for opening hours' },
  hand_over: { de: 'Übergaben', en: 'hand-overs' },
  consent: { de: 'Einwilligung oder Information vorab', en: 'consent or prior information' },
  self_contact: { de: 'Person meldet sich selbst', en: 'person gets in touch themselves' },
  capacity_unknown: { de: 'freie Plätze unbekannt', en: 'free places unknown' },
  hours_unknown: { de: 'Öffnungszeiten unbekannt', en: 'opening hours unknown' },
  interpreter: { de: 'Sprachmittlung unterwegs', en: 'interpreting on the way' },
  out_of_area: { de: 'Weg außerhalb des Wohnorts', en: 'travel outside the home municipality' },
  language_unknown: {
    de: 'Sprache unbekannt – bitte nachfragen',
    en: 'language unknown – please ask',
  },
  eligibility_unknown: {
    de: 'Zielgruppe oder Altersgrenze nicht bestätigt',
    en: 'target group or age limit not confirmed',
  },
};

const CONSTRAINT_LABELS: Readonly<Record<RouteConstraint, LocalizedLabel>> = {
  topic: { de: 'Thema', en: 'topic' },
  target_group: { de: 'Zielgruppe', en: 'target group' },
  age: { de: 'Alter', en: 'age' },
  language: { de: 'Sprache', en: 'language' },
  area: { de: 'Einzugsgebiet', en: 'service area' },
  time: { de: 'Öffnungszeiten zum Zeitpunkt', en: 'opening hours at the moment' },
  capacity: { de: 'freie Plätze', en: 'free places' },
  accessibility: { de: 'Barrierefreiheit', en: 'accessibility' },
  consent: { de: 'Einwilligung', en: 'consent' },
  data_mode: { de: 'Datenweitergabe', en: 'data mode' },
  structural: { de: 'nur strukturell (kein Einzelfall)', en: 'structural only (no case)' },
};

/**
 * Why a referral path applies: its template's title and trigger, or the agreement itself; a hop
 * `inferred` from its template says that it is not agreed.
 */
export function referralReason(path: AnalysisReferralPath, inferred = false): LocalizedLabel {
  const template = templateOf(path);
  if (template === null) {
    return { de: 'Vereinbarter Verweisungsweg', en: 'Agreed referral path' };
  }
  const note = inferred
    ? { de: ' (nach Vorlage, nicht vereinbart)', en: ' (by the template, not agreed)' }
    : { de: '', en: '' };
  return {
    de: `${template.id} ${template.title.de}${note.de}: ${template.trigger.de}`,
    en: `${template.id} ${template.title.en}${note.en}: ${template.trigger.en}`,
  };
}

/** Why a direct contact by the start institution applies: it hands over, not the person. */
export function directContactReason(startName: string, serviceName: string): LocalizedLabel {
  return {
    de: `${startName} vermittelt direkt an ${serviceName}: Kontakt durch ${startName}, mit Einverständnis der Person.`,
    en: `${startName} hands over directly to ${serviceName}: contact by ${startName}, with the person's consent.`,
  };
}

/** Why a self-referral applies (a `self` start: the person gets in touch herself). */
export function selfReferralReason(serviceName: string): LocalizedLabel {
  return {
    de: `${serviceName} nimmt Selbstmeldungen an: die Person kann sich direkt melden.`,
    en: `${serviceName} takes self-referrals: the person can get in touch directly.`,
  };
}

/** A route's cost terms (response always, the others when not zero) and its explanation. */
export function explainRank(
  rank: number,
  candidate: RankedRoute,
  best: number,
  institutionName: string,
  /** The rank whose cost is `best` (2 when the legal procedure leads the answer). */
  bestRank = 1,
): { terms: CostTerm[]; explanation: LocalizedLabel } {
  const terms = COST_ORDER.filter((kind) => kind === 'response' || candidate.costs[kind] > 0).map(
    (kind) => ({
      kind,
      hours: candidate.costs[kind],
      label: TERM_LABELS[kind],
    }),
  );
  const cost = total(candidate.costs);
  const expected = formatHours(candidate.expectedHours);
  const handOvers = counted(
    candidate.hops.length,
    ['Übergabe', 'Übergaben'],
    ['hand-over', 'hand-overs'],
  );
  const how: LocalizedLabel =
    candidate.kind === 'in_house'
      ? { de: 'im eigenen Haus', en: 'in-house' }
      : candidate.kind === 'direct'
        ? candidate.hops[0]?.via === 'direct_contact'
          ? {
              de: `direkte Vermittlung an ${institutionName}`,
              en: `direct hand-over to ${institutionName}`,
            }
          : {
              de: `Selbstmeldung bei ${institutionName}`,
              en: `self-referral to ${institutionName}`,
            }
        : {
            de: `${handOvers.de} bis ${institutionName}`,
            en: `${handOvers.en} to ${institutionName}`,
          };
  const sum = (locale: 'de' | 'en'): string =>
    terms.map((t) => `${t.label[locale]} ${formatHours(t.hours)[locale]}`).join(' + ');
  const behind = formatHours(cost - best);
  return {
    terms,
    explanation: {
      de:
        `Rang ${rank}: ${how.de}; Antwort nach etwa ${expected.de} erwartet. ` +
        `Bewertung ${formatHours(cost).de} = ${sum('de')}.` +
        (rank > bestRank ? ` ${behind.de} hinter Rang ${bestRank}.` : ''),
      en:
        `Rank ${rank}: ${how.en}; response expected after about ${expected.en}. ` +
        `Score ${formatHours(cost).en} = ${sum('en')}.` +
        (rank > bestRank ? ` ${behind.en} behind rank ${bestRank}.` : ''),
    },
  };
}

/** Why a search found what it found: services on the topic, what failed, what can be reached. */
export function noRouteSummary(original: RouteSearchResult): LocalizedLabel {
  const parts = original.rejections
    .filter((r) => r.serviceCount > 0)
    .map((r) => ({
      de: `${r.serviceCount} an ${CONSTRAINT_LABELS[r.constraint].de}`,
      en: `${r.serviceCount} on ${CONSTRAINT_LABELS[r.constraint].en}`,
    }));
  const topicCount = original.topicServiceCount;
  const matchingCount = original.matchingServiceIds.length;
  const onTopic = counted(topicCount, ['Dienst', 'Dienste'], ['service', 'services']);
  const fitting = counted(
    matchingCount,
    ['passender Dienst', 'passende Dienste'],
    ['fitting service', 'fitting services'],
  );
  return topicCount === 0
    ? {
        de: 'Kein Dienst im Ausschnitt bietet dieses Thema an.',
        en: 'No service in scope offers this topic.',
      }
    : {
        de:
          `${onTopic.de} zum Thema; es scheitern ${parts.map((p) => p.de).join(', ') || 'keine an festen Bedingungen'}. ` +
          `${fitting.de}: ${original.routes.length === 0 ? 'vom Start aus nicht rechtzeitig erreichbar.' : 'erreichbar.'}`,
        en:
          `${onTopic.en} on the topic; failing: ${parts.map((p) => p.en).join(', ') || 'none on fixed conditions'}. ` +
          `${fitting.en}: ${original.routes.length === 0 ? 'cannot be reached from the start in time.' : 'can be reached.'}`,
      };
}
