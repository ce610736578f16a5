/**
 * Route templates with several steps (R08 school → InsoFa → ASD, R09, R10, R11, R13 …) expanded
 * into named steps where only some legs are recorded as referral paths: a leg with no recorded
 * `REFERS_TO` path is filled in with the institution of the template's target kind that serves
 * the need's municipality, marked `inferred` ("nach Vorlage, nicht vereinbart").
 */
import {
  referralRouteById,
  type InstitutionKindCode,
  type ReferralRouteTemplate,
  type RegionCode,
  type TopicCode,
  type Urgency,
} from '@schutznetz/domain';
import type { AnalysisInstitution } from '../graph';
import { listOf, type GraphIndex } from '../graph-index';
import { topicsMatch } from '../matching';
import { DEFAULT_RESPONSE_HOURS, ROUTE_PENALTY_HOURS } from './cost';
import type { ProcedureStepKind, ReferralHop, ReferralNeed } from './types';

/** The institutions a consultation under § 4 Abs. 2 KKG / § 8b SGB VIII may go to. */
export const CONSULTATION_KINDS: readonly InstitutionKindCode[] = [
  'child_protection_advice_unit',
  'hospital_child_protection_team',
  'medical_child_protection_hotline',
];

/** Where the Jugendamt is informed (§ 4 Abs. 3 KKG, § 8a SGB VIII): the ASD, else the office. */
export const NOTIFICATION_KINDS: readonly InstitutionKindCode[] = [
  'general_social_service',
  'youth_welfare_office',
];

/** The times of a leg whose hand-over the search did not simulate (inferred, or before timing). */
export const UNTIMED = {
  waitHours: 0,
  handOverAt: null,
  contactAt: null,
  receiverAvailability: null,
} as const;

/** The hand-over penalty of a leg: one per hand-over, one more where nobody agreed it. */
export function handOverPenalty(hop: Pick<ReferralHop, 'inferred'>): number {
  return (
    ROUTE_PENALTY_HOURS.handOver +
    (hop.inferred === true ? ROUTE_PENALTY_HOURS.inferredHandOver : 0)
  );
}

/** The urgency a template's legs run at, for the response time assumed of an inferred leg. */
export function templateUrgency(template: ReferralRouteTemplate | null): Urgency {
  const urgency = template?.conditions.urgency;
  return urgency?.kind === 'range' ? urgency.fastest : 'same_day';
}

/** The procedure step a leg to an institution of `kind` is, in a child-protection template. */
export function stepOfKind(
  template: ReferralRouteTemplate | null,
  kind: InstitutionKindCode | undefined,
): ProcedureStepKind | null {
  if (template?.conditions.parentsInvolvedFirst !== true || kind === undefined) return null;
  if (CONSULTATION_KINDS.includes(kind)) return 'consultation';
  if (NOTIFICATION_KINDS.includes(kind)) return 'notification';
  return null;
}

/**
 * The institution of one of `kinds` (earlier kinds first) that serves `municipality`: one with a
 * service whose area covers it, those with a service on `topic` first, then those sitting in the
 * municipality, then by id. Without such a service, one sitting in the municipality; else `null`.
 * `accept` narrows the candidates further.
 */
export function institutionServing(
  index: GraphIndex,
  kinds: readonly InstitutionKindCode[],
  municipality: RegionCode,
  topic: TopicCode,
  accept: (institution: AnalysisInstitution) => boolean = () => true,
): AnalysisInstitution | null {
  let best: { institution: AnalysisInstitution; score: number } | null = null;
  for (const [rank, kind] of kinds.entries()) {
    for (const institution of listOf(index.institutionsByKind, kind)) {
      if (!accept(institution)) continue;
      const services = listOf(index.servicesOf, institution.id).filter((s) =>
        index.region.covers(s.area, municipality),
      );
      const local = institution.municipality === municipality;
      if (services.length === 0 && !local) continue;
      const score =
        (kinds.length - rank) * 8 +
        (services.some((s) => topicsMatch(s.topics, topic)) ? 4 : 0) +
        (services.length > 0 ? 2 : 0) +
        (local ? 1 : 0);
      if (
        best === null ||
        score > best.score ||
        (score === best.score && institution.id < best.institution.id)
      ) {
        best = { institution, score };
      }
    }
  }
  return best?.institution ?? null;
}

/** A leg of `template` (its `legIndex`-th hop) from `from` to `to`, not recorded as a path. */
export function inferredHop(
  template: ReferralRouteTemplate,
  legIndex: number,
  from: string,
  to: AnalysisInstitution,
  need: ReferralNeed,
): ReferralHop | null {
  const leg = template.hops[legIndex];
  if (leg === undefined) return null;
  const allowed = need.dataModes;
  const dataMode = leg.dataModes.find((mode) => allowed === undefined || allowed.includes(mode));
  if (dataMode === undefined) return null;
  const step = `${legIndex + 1}/${template.hops.length}`;
  return {
    from,
    to: to.id,
    via: 'referral_path',
    referralPathId: null,
    templateId: template.id,
    inferred: true,
    step: stepOfKind(template, to.kind),
    reason: {
      de: `${template.id} ${template.title.de}, Schritt ${step} nach Vorlage, nicht vereinbart: ${template.trigger.de}`,
      en: `${template.id} ${template.title.en}, step ${step} by the template, not agreed: ${template.trigger.en}`,
    },
    conditions: null,
    consent: template.conditions.consent,
    dataMode,
    responseHours: DEFAULT_RESPONSE_HOURS[templateUrgency(template)],
    responseEstimated: true,
    ...UNTIMED,
  };
}

/** The leg of `template` whose target kinds include `kind` (-1 when none). */
function legOf(template: ReferralRouteTemplate, kind: InstitutionKindCode | undefined): number {
  return kind === undefined ? -1 : template.hops.findIndex((leg) => leg.to.includes(kind));
}

/**
 * The hops of a route with the legs its multi-step templates imply filled in: where a recorded
 * path skips legs of its template (a school notifies the ASD without the InsoFa leg of R08), the
 * skipped legs are inserted before it as inferred hops. Hops already named (procedure steps) and
 * legs no institution serves stay as they are.
 */
export function expandTemplateLegs(
  index: GraphIndex,
  need: ReferralNeed,
  hops: readonly ReferralHop[],
): ReferralHop[] {
  const expanded: ReferralHop[] = [];
  let run: { template: ReferralRouteTemplate; next: number } | null = null;
  for (const hop of hops) {
    const template =
      hop.via === 'referral_path' && hop.templateId !== null && (hop.step ?? null) === null
        ? referralRouteById(hop.templateId)
        : null;
    if (template === null || template.hops.length < 2) {
      run = null;
      expanded.push(hop);
      continue;
    }
    if (run?.template.id !== template.id) run = { template, next: 0 };
    const leg = legOf(template, index.institutions.get(hop.to)?.kind);
    let from = hop.from ?? hop.to;
    for (let missing = run.next; missing < leg; missing += 1) {
      const kinds = template.hops[missing]?.to ?? [];
      const to = institutionServing(index, kinds, need.municipality, need.topic);
      const filled =
        to === null || to.id === from ? null : inferredHop(template, missing, from, to, need);
      if (filled !== null) {
        expanded.push(filled);
        // A consultation is asked and answered: the professional goes on from where it stood.
        if (filled.step !== 'consultation') from = filled.to;
      }
    }
    expanded.push({ ...hop, step: stepOfKind(template, index.institutions.get(hop.to)?.kind) });
    run.next = Math.max(run.next, leg + 1);
  }
  return expanded;
}
