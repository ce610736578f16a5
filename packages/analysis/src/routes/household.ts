/**
 * Several people in one need: the children who come along with the person. A service that takes
 * children (it lists age bands of children among its target groups) must take each child's age,
 * and a women's shelter that admits sons only up to an age ({@link AnalysisService.boysMaxAge})
 * must take each son. A limit for boys that a child of unstated gender exceeds is a question to
 * ask, not a refusal.
 */
import {
  isAgeInRange,
  targetGroupByCode,
  type LocalizedLabel,
  type TargetGroupCode,
} from '@schutznetz/domain';
import type { AnalysisService } from '../graph';
import type { AccompanyingChild, EligibilityReason, ReferralNeed } from './types';

/** The target groups that are age bands of children (infants to adolescents). */
const CHILD_BANDS: ReadonlySet<TargetGroupCode> = new Set([
  'infants_0_3',
  'children_3_6',
  'children_6_14',
  'adolescents_14_18',
]);

type HouseholdService = Pick<AnalysisService, 'targetGroups' | 'boysMaxAge'>;

/** How a child is named in a reason: "Sohn, 15 Jahre". */
export function childLabel(child: AccompanyingChild): LocalizedLabel {
  switch (child.gender) {
    case 'boy':
      return { de: `Sohn, ${child.age} Jahre`, en: `son, aged ${child.age}` };
    case 'girl':
      return { de: `Tochter, ${child.age} Jahre`, en: `daughter, aged ${child.age}` };
    case undefined:
      return { de: `Kind, ${child.age} Jahre`, en: `child, aged ${child.age}` };
  }
}

/** The child age bands a service takes, as one range [min, max) in years; null if none. */
function childRange(service: HouseholdService): { min: number; max: number } | null {
  const bands = service.targetGroups.filter((g) => CHILD_BANDS.has(g)).map(targetGroupByCode);
  if (bands.length === 0) return null;
  return {
    min: Math.min(...bands.map((b) => b.minAge ?? 0)),
    max: Math.max(...bands.map((b) => b.maxAge ?? 18)),
  };
}

/** One reason about the child at `index`: the child named, then what applies. */
function about(
  index: number,
  child: AccompanyingChild,
  constraint: EligibilityReason['constraint'],
  what: LocalizedLabel,
): EligibilityReason {
  const who = childLabel(child);
  return {
    constraint,
    child: index,
    label: { de: `${who.de}: ${what.de}`, en: `${capitalise(who.en)}: ${what.en}` },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What the need's children make of `service`: `failures` rule it out (a son over its limit for
 * boys, a child outside the child age bands it takes), `questions` leave it open (a child of
 * unstated gender over the limit for boys). Both empty without children.
 */
export function householdChecks(
  service: HouseholdService,
  need: Pick<ReferralNeed, 'children'>,
): { failures: EligibilityReason[]; questions: EligibilityReason[] } {
  const failures: EligibilityReason[] = [];
  const questions: EligibilityReason[] = [];
  const children = need.children ?? [];
  if (children.length === 0) return { failures, questions };
  const range = childRange(service);
  children.forEach((child, index) => {
    const boysMax = service.boysMaxAge;
    const overBoysLimit = boysMax !== null && child.age > boysMax && child.gender !== 'girl';
    if (overBoysLimit && child.gender === 'boy') {
      // The more specific limit: a son over it needs no second reason.
      failures.push(
        about(index, child, 'age', {
          de: `über der Altersgrenze für Jungen (${boysMax})`,
          en: `above the age limit for boys (${boysMax})`,
        }),
      );
    } else if (
      range !== null &&
      !isAgeInRange({ minAge: range.min, maxAge: range.max }, child.age)
    ) {
      failures.push(
        about(index, child, 'age', {
          de: `außerhalb der Altersgruppen für Kinder (${range.min} bis unter ${range.max} Jahre)`,
          en: `outside the children's age bands (${range.min} to under ${range.max})`,
        }),
      );
    } else if (overBoysLimit) {
      questions.push(
        about(index, child, 'age', {
          de: `Jungen nur bis ${boysMax} Jahre – falls ein Junge, bitte nachfragen`,
          en: `boys only up to ${boysMax} – if a boy, please ask`,
        }),
      );
    }
  });
  return { failures, questions };
}

/** Whether the children rule `service` out (the search's fast check, without wording). */
export function householdFails(
  service: HouseholdService,
  need: Pick<ReferralNeed, 'children'>,
): boolean {
  const children = need.children;
  if (children === undefined || children.length === 0) return false;
  return householdChecks(service, need).failures.length > 0;
}
