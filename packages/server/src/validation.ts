import {
  expandTopics as expandTopicCodes,
  isTargetGroupCode,
  isTopicCode,
  type OpeningInterval,
} from '@schutznetz/domain';
import { InvalidInputError, type FieldProblem } from './errors';
import { currentRegion } from './modules/region/region.current';

/**
 * Checks shared by services: the rules class-validator cannot express (codes that must exist,
 * relations between fields). Problems name the field as the client sent it.
 */
export class Problems {
  private readonly list: FieldProblem[] = [];

  add(field: string, message: string): this {
    this.list.push({ field, message });
    return this;
  }

  /** Flags each of `fields` that the client set to null although it is required. */
  requireValues(changes: object, fields: readonly string[]): this {
    for (const field of fields) {
      if ((changes as Record<string, unknown>)[field] === null)
        this.add(field, 'must not be empty');
    }
    return this;
  }

  /** Throws one BAD_USER_INPUT error listing every problem found, if any. */
  throwIfAny(): void {
    if (this.list.length) throw new InvalidInputError(this.list);
  }
}

function unknownCodes(values: readonly string[] | null | undefined, known: (v: string) => boolean) {
  return (values ?? []).filter((value) => !known(value));
}

export function checkRegions(
  problems: Problems,
  field: string,
  values: readonly string[] | null | undefined,
): void {
  const region = currentRegion();
  const unknown = unknownCodes(values, (code) => region.isRegion(code));
  if (unknown.length) problems.add(field, `unknown municipality or region: ${unknown.join(', ')}`);
}

export function checkTopics(
  problems: Problems,
  field: string,
  values: readonly string[] | null | undefined,
): void {
  const unknown = unknownCodes(values, isTopicCode);
  if (unknown.length) problems.add(field, `unknown topic: ${unknown.join(', ')}`);
}

export function checkTargetGroups(
  problems: Problems,
  field: string,
  values: readonly string[] | null | undefined,
): void {
  const unknown = unknownCodes(values, isTargetGroupCode);
  if (unknown.length) problems.add(field, `unknown target group: ${unknown.join(', ')}`);
}

/**
 * A filter's topic codes with every descendant (the domain's `expandTopics`), so that filtering
 * by a group finds its topics; no codes, no filter (undefined).
 */
export function expandTopics(codes: readonly string[] | null | undefined): string[] | undefined {
  return codes?.length ? expandTopicCodes(codes) : undefined;
}

/** The codes a list filter may name; each list is optional. */
interface CodedFilter {
  readonly municipalities?: readonly string[];
  readonly topics?: readonly string[];
  readonly targetGroups?: readonly string[];
}

/**
 * Checks a list filter's municipality, topic and target-group codes (BAD_USER_INPUT naming each
 * field with an unknown code) and expands its topics to their descendants.
 */
export function checkFilterCodes<F extends CodedFilter>(filter: F): F {
  const problems = new Problems();
  checkRegions(problems, 'filter.municipalities', filter.municipalities);
  checkTopics(problems, 'filter.topics', filter.topics);
  checkTargetGroups(problems, 'filter.targetGroups', filter.targetGroups);
  problems.throwIfAny();
  return { ...filter, topics: expandTopics(filter.topics) };
}

export function checkOpeningHours(
  problems: Problems,
  field: string,
  intervals: readonly Pick<OpeningInterval, 'opens' | 'closes'>[] | null | undefined,
): void {
  (intervals ?? []).forEach((interval, index) => {
    if (interval.closes <= interval.opens) {
      problems.add(`${field}.${index}.closes`, 'must be later than the opening time');
    }
  });
}

export function checkAgeRange(
  problems: Problems,
  field: string,
  minAge: number | null | undefined,
  maxAge: number | null | undefined,
): void {
  if (minAge != null && maxAge != null && minAge >= maxAge) {
    problems.add(field, 'minAge must be lower than maxAge');
  }
}

/** Drops keys whose value is undefined, so a partial update leaves those properties alone. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
