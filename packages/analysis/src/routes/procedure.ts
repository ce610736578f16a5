/**
 * The legal child-protection procedure as a route (§ 4 KKG, § 8a SGB VIII; domain.md §2.1, R08,
 * R10, R13): a professional bound by § 4 KKG who sees gewichtige Anhaltspunkte
 *   1. talks to the child and the parents, unless that endangers the child (`conversation`, at
 *      the start institution itself: no contact needed),
 *   2. consults an insoweit erfahrene Fachkraft, pseudonymised (`consultation`: the concrete
 *      service, a recorded path or inferred from the template),
 *   3. informs the ASD when the danger cannot be averted otherwise (`notification`),
 *   4. gets feedback from the Jugendamt (`feedback`, § 4 Abs. 4 KKG).
 * In acute danger (urgency `immediate`) the route goes to the ASD's on-call service at once
 * (§ 8a Abs. 2, § 42 SGB VIII) and only feedback follows. For the "§ 8a / InsoFa" topic itself
 * the route ends at the consultation.
 */
import {
  institutionKindByCode,
  routeMatchesNeed,
  routesFromKind,
  type InstitutionKindCode,
  type LocalizedLabel,
  type ReferralRouteTemplate,
} from '@schutznetz/domain';
import type { AnalysisInstitution, AnalysisReferralPath, AnalysisService } from '../graph';
import { listOf, type GraphIndex } from '../graph-index';
import { serviceHours, topicsMatch } from '../matching';
import { referralPathFailure, serviceFailures } from './constraints';
import {
  add,
  consentPenalty,
  DEFAULT_RESPONSE_HOURS,
  endPenalties,
  responseOf,
  ROUTE_PENALTY_HOURS,
  ZERO_COSTS,
  type Costs,
} from './cost';
import {
  CONSULTATION_KINDS,
  handOverPenalty,
  inferredHop,
  institutionServing,
  NOTIFICATION_KINDS,
  templateUrgency,
  UNTIMED,
} from './templates';
import { HOUR_MS, iso, reach } from './timing';
import type { ProcedureStepKind, ReferralHop, ReferralNeed } from './types';
import { referralReason } from './wording';

/** The topic of the consultation itself ("Gefährdungseinschätzung § 8a / InsoFa"). */
export const RISK_ASSESSMENT_TOPIC = 'child_risk_assessment';

/** The procedure from one start, before it is ranked and worded. */
export interface ProcedureCandidate {
  readonly startId: string;
  readonly hops: readonly ReferralHop[];
  readonly service: AnalysisService;
  readonly expectedHours: number;
  readonly costs: Costs;
  /** Legs filled in from the template (no recorded path). */
  readonly inferredCount: number;
}

const CONVERSATION_REASON = {
  de: 'Gespräch mit dem Kind und den Eltern (§ 4 Abs. 1 KKG), soweit der wirksame Schutz des Kindes dadurch nicht in Frage gestellt wird; in der eigenen Einrichtung, kein Kontakt nach außen nötig.',
  en: 'Talk to the child and the parents (§ 4(1) KKG) unless that puts the child’s protection at risk; in the own institution, no outside contact needed.',
} as const;

const CONSULTATION_REASON = {
  de: 'Pseudonymisierte Beratung durch eine insoweit erfahrene Fachkraft (§ 4 Abs. 2 KKG, § 8b SGB VIII): Name und Anschrift des Kindes werden nicht genannt.',
  en: 'Pseudonymised consultation of an insoweit erfahrene Fachkraft (§ 4(2) KKG, § 8b SGB VIII): the child’s name and address are not passed on.',
} as const;

const NOTIFICATION_REASON = {
  de: 'Mitteilung an das Jugendamt (ASD), wenn die Gefährdung nicht anders abgewendet werden kann (§ 4 Abs. 3 KKG); die Betroffenen werden vorher informiert, soweit das das Kind nicht gefährdet.',
  en: 'Inform the Jugendamt (ASD) if the danger cannot be averted otherwise (§ 4(3) KKG); those concerned are told beforehand unless that endangers the child.',
} as const;

const ACUTE_REASON = {
  de: 'Akute Gefahr: sofort das Jugendamt (ASD) bzw. die Rufbereitschaft für Inobhutnahmen informieren (§ 8a Abs. 2, § 42 SGB VIII); außerhalb der Dienstzeit auch über Polizei 110.',
  en: 'Acute danger: inform the Jugendamt (ASD) or its on-call service for taking a child into care at once (§ 8a(2), § 42 SGB VIII); out of hours also via police 110.',
} as const;

const FEEDBACK_REASON = {
  de: 'Rückmeldung des Jugendamts an die meldende Fachkraft, ob es die Anhaltspunkte bestätigt sieht und tätig geworden ist (§ 4 Abs. 4 KKG).',
  en: 'Feedback from the Jugendamt to the reporting professional: whether it confirms the indications and has acted (§ 4(4) KKG).',
} as const;

/** The § 4 KKG template the start's kind follows for the need, if the taxonomy has one. */
export function procedureTemplate(
  start: AnalysisInstitution,
  need: ReferralNeed,
): ReferralRouteTemplate | null {
  return (
    routesFromKind(start.kind).find(
      (template) =>
        template.conditions.parentsInvolvedFirst &&
        routeMatchesNeed(template, {
          topic: need.topic,
          ...(need.age === undefined ? {} : { age: need.age }),
        }),
    ) ?? null
  );
}

/** A step the professional takes without handing anybody over (conversation, feedback). */
function procedureStep(
  step: ProcedureStepKind,
  from: string,
  to: string,
  template: ReferralRouteTemplate | null,
  at: string | null,
): ReferralHop {
  return {
    from,
    to,
    via: 'procedure_step',
    referralPathId: null,
    templateId: template?.id ?? null,
    inferred: false,
    step,
    reason: step === 'conversation' ? CONVERSATION_REASON : FEEDBACK_REASON,
    conditions: null,
    consent: step === 'conversation' ? 'inform_before' : 'not_applicable',
    dataMode: 'none',
    responseHours: 0,
    responseEstimated: false,
    waitHours: 0,
    handOverAt: at,
    contactAt: at,
    receiverAvailability: null,
  };
}

/** A recorded path from `startId` to an institution of `kinds` the need lets the route take. */
function recordedPath(
  index: GraphIndex,
  startId: string,
  kinds: readonly InstitutionKindCode[],
  need: ReferralNeed,
  serves: (institution: AnalysisInstitution) => boolean,
): { path: AnalysisReferralPath; to: AnalysisInstitution } | null {
  for (const path of listOf(index.outPaths, startId)) {
    const to = index.institutions.get(path.toId);
    if (to === undefined || !kinds.includes(to.kind) || !serves(to)) continue;
    if (referralPathFailure(path, need) === null) return { path, to };
  }
  return null;
}

/** The services of `institution` on child endangerment that serve the need's municipality. */
function childProtectionServices(
  index: GraphIndex,
  institution: AnalysisInstitution,
  need: ReferralNeed,
  topic: ReferralNeed['topic'],
): AnalysisService[] {
  return listOf(index.servicesOf, institution.id).filter(
    (s) => index.region.covers(s.area, need.municipality) && topicsMatch(s.topics, topic),
  );
}

/**
 * The end service at `institution`: one that meets the need, else one on child endangerment
 * serving the municipality (the Jugendamt is competent whatever the service records); in acute
 * danger the 24/7 (on-call) services first.
 */
function endServiceAt(
  index: GraphIndex,
  institution: AnalysisInstitution,
  need: ReferralNeed,
  acute: boolean,
): AnalysisService | null {
  const services = childProtectionServices(index, institution, need, 'child_endangerment');
  const score = (s: AnalysisService): number =>
    (acute && serviceHours(s, institution).available24x7 ? 4 : 0) +
    (serviceFailures(index.region, s, institution, need).length === 0 ? 2 : 0) +
    (topicsMatch(s.topics, need.topic) ? 1 : 0);
  return [...services].sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))[0] ?? null;
}

/** One institution leg of the procedure: recorded where a path exists, else from the template. */
function leg(
  index: GraphIndex,
  startId: string,
  kinds: readonly InstitutionKindCode[],
  need: ReferralNeed,
  template: ReferralRouteTemplate | null,
  step: 'consultation' | 'notification',
  reason: LocalizedLabel,
  serves: (institution: AnalysisInstitution) => boolean,
): ReferralHop | null {
  const recorded = recordedPath(index, startId, kinds, need, serves);
  if (recorded !== null) {
    const response = responseOf(recorded.path);
    const agreed = referralReason(recorded.path);
    return {
      from: startId,
      to: recorded.to.id,
      via: 'referral_path',
      referralPathId: recorded.path.id,
      templateId: recorded.path.routeTemplate,
      inferred: false,
      step,
      reason: { de: `${reason.de} ${agreed.de}`, en: `${reason.en} ${agreed.en}` },
      conditions: recorded.path.conditions,
      consent: recorded.path.consent,
      dataMode: recorded.path.dataMode,
      responseHours: response.hours,
      responseEstimated: response.estimated,
      ...UNTIMED,
    };
  }
  const to = institutionServing(index, kinds, need.municipality, need.topic, serves);
  if (to === null) return null;
  // The template's own leg to this kind where it has one; the § 4 KKG defaults otherwise.
  const legIndex = template?.hops.findIndex((h) => h.to.includes(to.kind)) ?? -1;
  const filled = template === null ? null : inferredHop(template, legIndex, startId, to, need);
  const note = { de: ' Nach Vorlage, nicht vereinbart.', en: ' By the template, not agreed.' };
  return {
    from: startId,
    to: to.id,
    via: 'referral_path',
    referralPathId: null,
    templateId: template?.id ?? null,
    inferred: true,
    step,
    reason: { de: `${reason.de}${note.de}`, en: `${reason.en}${note.en}` },
    conditions: null,
    consent: filled?.consent ?? (step === 'consultation' ? 'not_required' : 'inform_before'),
    dataMode: filled?.dataMode ?? (step === 'consultation' ? 'pseudonymised' : 'identified_by_law'),
    responseHours: DEFAULT_RESPONSE_HOURS[templateUrgency(template)],
    responseEstimated: true,
    ...UNTIMED,
  };
}

/** Times the institution legs from `atMs` on (waiting for opening hours as long as needed). */
function timed(
  index: GraphIndex,
  hops: readonly ReferralHop[],
  end: AnalysisService,
  atMs: number | null,
): { hops: ReferralHop[]; expectedHours: number; wait: number; hoursUnknown: number } {
  let handOverMs = atMs;
  let expectedHours = 0;
  let wait = 0;
  let hoursUnknown = 0;
  const out: ReferralHop[] = [];
  for (const hop of hops) {
    if (hop.via === 'procedure_step') {
      const at = iso(handOverMs);
      out.push({ ...hop, handOverAt: at, contactAt: at });
      continue;
    }
    const institution = index.institutions.get(hop.to);
    const holder =
      institution?.id === end.institutionId ? serviceHours(end, institution) : institution;
    const reached =
      holder === undefined
        ? ({ ok: true, waitHours: 0, contactMs: handOverMs, availability: null } as const)
        : reach(Number.POSITIVE_INFINITY, holder, handOverMs, false, 0);
    if (!reached.ok) {
      out.push(hop);
      continue;
    }
    if (reached.availability === 'unknown') hoursUnknown += ROUTE_PENALTY_HOURS.hoursUnknown;
    out.push({
      ...hop,
      waitHours: reached.waitHours,
      handOverAt: iso(handOverMs),
      contactAt: iso(reached.contactMs),
      receiverAvailability: reached.availability,
    });
    wait += reached.waitHours;
    expectedHours += hop.responseHours + reached.waitHours;
    handOverMs =
      reached.contactMs === null ? null : reached.contactMs + hop.responseHours * HOUR_MS;
  }
  return { hops: out, expectedHours, wait, hoursUnknown };
}

/**
 * The procedure from `start` for a child-endangerment need, or `null` when no step leads to a
 * service (no InsoFa and no ASD serves the municipality). `atMs` is the need's moment.
 */
export function buildProcedure(
  index: GraphIndex,
  start: AnalysisInstitution,
  need: ReferralNeed,
  atMs: number | null,
): ProcedureCandidate | null {
  if (!institutionKindByCode(start.kind).kkg4Bound) return null;
  const template = procedureTemplate(start, need);
  const acute = need.urgency === 'immediate';
  const assessing = need.topic === RISK_ASSESSMENT_TOPIC;
  const consultKinds = [
    ...(template !== null && template.hops.length > 1 ? template.hops[0].to : []),
    ...CONSULTATION_KINDS,
  ].filter((kind, i, all) => all.indexOf(kind) === i);
  const servesChildProtection = (institution: AnalysisInstitution): boolean =>
    childProtectionServices(index, institution, need, 'child_endangerment').length > 0;
  const hops: ReferralHop[] = [];
  let end: AnalysisService | null = null;
  if (!acute) {
    hops.push(procedureStep('conversation', start.id, start.id, template, null));
    const consultation = leg(
      index,
      start.id,
      consultKinds,
      need,
      template,
      'consultation',
      CONSULTATION_REASON,
      servesChildProtection,
    );
    if (consultation !== null) {
      hops.push(consultation);
      const institution = index.institutions.get(consultation.to);
      if (assessing && institution !== undefined) {
        end = endServiceAt(index, institution, need, false);
      }
    }
  }
  if (end === null) {
    const reason = acute ? ACUTE_REASON : NOTIFICATION_REASON;
    const notify = (accept: (service: AnalysisService, at: AnalysisInstitution) => boolean) =>
      leg(index, start.id, NOTIFICATION_KINDS, need, template, 'notification', reason, (at) =>
        childProtectionServices(index, at, need, 'child_endangerment').some((s) => accept(s, at)),
      );
    // In acute danger the on-call service (24/7) first, wherever a path is recorded.
    const notification =
      (acute ? notify((s, at) => serviceHours(s, at).available24x7) : null) ?? notify(() => true);
    const asd = notification === null ? undefined : index.institutions.get(notification.to);
    if (notification !== null && asd !== undefined) {
      end = endServiceAt(index, asd, need, acute);
      // An on-call service answers at once, whatever the path records for the usual procedure.
      const onCall = acute && end !== null && serviceHours(end, asd).available24x7;
      hops.push(
        onCall
          ? {
              ...notification,
              responseHours: Math.min(notification.responseHours, DEFAULT_RESPONSE_HOURS.immediate),
              responseEstimated: true,
            }
          : notification,
      );
      hops.push(procedureStep('feedback', asd.id, start.id, template, null));
    }
  }
  if (end === null) {
    // No ASD serves the municipality: the consultation is as far as the procedure reaches.
    const consulted = hops.find((h) => h.step === 'consultation');
    const institution = consulted === undefined ? undefined : index.institutions.get(consulted.to);
    if (institution !== undefined) end = endServiceAt(index, institution, need, false);
  }
  if (end === null) return null;
  const times = timed(index, hops, end, atMs);
  const legs = times.hops.filter((h) => h.via !== 'procedure_step');
  const costs = add(ZERO_COSTS, {
    ...endPenalties(index, need, end),
    response: legs.reduce((sum, h) => sum + h.responseHours, 0),
    wait: times.wait,
    hand_over: legs.reduce((sum, h) => sum + handOverPenalty(h), 0),
    consent: legs.reduce((sum, h) => sum + (h.consent === null ? 0 : consentPenalty(h.consent)), 0),
    hours_unknown: times.hoursUnknown,
  });
  return {
    startId: start.id,
    hops: times.hops,
    service: end,
    expectedHours: times.expectedHours,
    costs,
    inferredCount: legs.filter((h) => h.inferred === true).length,
  };
}
