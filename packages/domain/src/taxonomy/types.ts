/** A text in the two languages the product speaks: German first, English for analysts and export. */
export interface LocalizedLabel {
  readonly de: string;
  readonly en: string;
}

/**
 * How far domain.md backs a statement: `sourced` ([S#] in the doc) or `background` ([K]:
 * general knowledge that must be verified before it is published).
 */
export type Evidence = 'sourced' | 'background';

/** The languages every taxonomy label is given in. */
export type Locale = keyof LocalizedLabel;

/**
 * An age range in completed years. `minAge` is inclusive and `maxAge` exclusive, as in the
 * German "bis zum vollendeten 3. Lebensjahr": a person aged `a` is in the range when
 * `minAge <= a < maxAge`. `null` leaves that side open.
 */
export interface AgeRange {
  readonly minAge: number | null;
  readonly maxAge: number | null;
}

/** Either an explicit list of codes (any of them matches) or `'any'` when the doc puts no limit. */
export type Selection<Code extends string> = readonly Code[] | 'any';

/** Tells whether `code` is selected by `selection`. */
export function selectionIncludes<Code extends string>(
  selection: Selection<Code>,
  code: Code,
): boolean {
  return selection === 'any' || selection.includes(code);
}

/** Tells whether `age` (completed years) lies in `range`; see {@link AgeRange} for the bounds. */
export function isAgeInRange(range: AgeRange, age: number): boolean {
  return (
    (range.minAge === null || age >= range.minAge) && (range.maxAge === null || age < range.maxAge)
  );
}
