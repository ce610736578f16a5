/**
 * The model behind every edit form: field specs, form values and the problems found in them.
 * Pure data, so the rules and the mapping to mutation inputs are tested without a browser.
 */

/** Option lists a select or checkbox group draws from; labels come from domain or `editing`. */
export type OptionSet =
  | 'institutionKind'
  | 'region'
  | 'topic'
  | 'targetGroup'
  | 'language'
  | 'accessibility'
  | 'qualification'
  | 'expertiseLevel'
  | 'listingBasis'
  | 'consent'
  | 'dataMode'
  | 'urgency'
  | 'afterHours'
  | 'cost'
  | 'membershipRole'
  | 'meetingKind'
  | 'routeTemplate'
  | 'network';

/** Kinds of field whose value has a format (the domain's rule); a bad one is a problem of that name. */
export type FormatKind = 'email' | 'phone' | 'url' | 'postalCode' | 'date';

export type FieldKind =
  | 'text'
  | 'textarea'
  | FormatKind
  | 'integer'
  | 'select'
  | 'multiselect'
  | 'checkbox'
  | 'openingHours'
  /** An id of another entry, picked by searching (`searchKinds`). */
  | 'entity';

/** One field of a form, with the server's rules for it (see `packages/server/src/modules/*\/*.input.ts`). */
export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Length of a text in characters, both ends inclusive (class-validator `@Length`). */
  readonly length?: readonly [number, number];
  /** Range of an integer, both ends inclusive (`@Min`, `@Max`). */
  readonly range?: readonly [number, number];
  /** Least and most entries of a list (`@ArrayMinSize`, `@ArrayMaxSize`). */
  readonly items?: readonly [number, number];
  /** The allowed values of a select or checkbox group, in display order. */
  readonly options?: readonly string[];
  readonly optionSet?: OptionSet;
  /** For `entity` fields: which kinds of entry the search offers (API `SearchKind`s). */
  readonly searchKinds?: readonly ('INSTITUTION' | 'PERSON' | 'NETWORK' | 'MEETING' | 'SERVICE')[];
  /** Shown but not editable (e.g. the ends of a referral path after creation). */
  readonly readOnly?: boolean;
}

/** One opening interval as the form holds it. */
export interface OpeningRow {
  readonly day: string;
  readonly opens: string;
  readonly closes: string;
}

export type FieldValue = string | boolean | readonly string[] | readonly OpeningRow[];

export type FormValues = Readonly<Record<string, FieldValue>>;

/** What is wrong with a value; the UI words it with `editing:problems.<key>`. */
export type ProblemKey =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | FormatKind
  | 'integer'
  | 'range'
  | 'option'
  | 'tooFew'
  | 'tooMany'
  | 'time'
  | 'closesBeforeOpens'
  | 'ageOrder'
  | 'capacityWithoutPlaces'
  | 'capacityExceeded'
  | 'nameIncomplete'
  | 'roleContactWithName'
  | 'namedNeedsBasis'
  | 'protectedAddress'
  | 'validUntilBeforeSince'
  | 'sameInstitution'
  | 'server';

export interface Problem {
  readonly key: ProblemKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Problems by field path: a field name, or a nested path such as `openingHours.0.closes`. */
export type FormProblems = Readonly<Record<string, readonly Problem[]>>;

export function isStringList(value: FieldValue | undefined): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function isOpeningRows(value: FieldValue | undefined): value is readonly OpeningRow[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object');
}

/** The value of a text-like field, '' when absent or of another shape. */
export function textOf(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

/** The empty value a field of `kind` starts with. */
export function emptyValue(kind: FieldKind): FieldValue {
  switch (kind) {
    case 'multiselect':
    case 'openingHours':
      return [];
    case 'checkbox':
      return false;
    default:
      return '';
  }
}

/** Empty values for every field of a form. */
export function emptyValues(specs: readonly FieldSpec[]): FormValues {
  return Object.fromEntries(specs.map((spec) => [spec.name, emptyValue(spec.kind)]));
}
