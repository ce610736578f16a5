/**
 * The audit trail as people read it: each change of an entry (who, when, what) and each changed
 * field as one line „Feld: vorher → nachher“ in the UI language. The server records stored
 * values as JSON (codes in lower case, relationships as the ids they lead to); this module names
 * fields and values with the labels the forms use. Pure, so it is tested without a browser.
 */
import { CombinedGraphQLErrors } from '@apollo/client';
import { NETWORK_KINDS, type Locale, type RegionCatalog } from '@schutznetz/domain';
import { formatDate, formatNumber, formatTimestamp } from '../i18n/format';
import { codeOfErrors, type ErrorCode } from '../errors/error-code';
import type { OptionSet } from './form-model';
import { taxonomyLabel, type LooseT } from './options';
import type { ErrorLike } from './server-errors';

/** A change as the `history` and `deletedEntries` queries answer it. */
export interface ChangeLike {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly action: 'CREATED' | 'UPDATED' | 'DELETED' | 'RESTORED';
  readonly entity: string;
  readonly entryId: string;
  readonly name?: string | null;
  readonly changes: readonly {
    readonly field: string;
    readonly before?: string | null;
    readonly after?: string | null;
  }[];
}

/** What the wording needs: the editing namespace's `t`, the language, names of entries by id. */
export interface HistoryContext {
  readonly t: LooseT;
  readonly locale: Locale;
  /** Names of institutions, people, services, networks and referral paths, by id. */
  readonly names: ReadonlyMap<string, string>;
  /** The loaded region, naming municipalities and service areas. */
  readonly region: RegionCatalog;
}

/** One changed field, worded. */
export interface FieldLine {
  readonly field: string;
  readonly label: string;
  /** „Telefon: +49 … → +49 …“, or for a created entry just „Telefon: +49 …“. */
  readonly text: string;
}

/** One change, worded. */
export interface ChangeView {
  readonly id: string;
  readonly when: string;
  readonly who: string;
  /** „angelegt“, „geändert“, „gelöscht“, „wiederhergestellt“. */
  readonly action: string;
  readonly lines: readonly FieldLine[];
}

/** Shown for a value that is not set. */
export const NO_VALUE = '—';

/** Fields that say nothing a reader needs: the entry's own id. */
const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['id']);

/** Lists longer than this are shown as what was added and removed, not whole. */
const WHOLE_LIST_LIMIT = 4;

/** Properties whose values are codes of an option set. */
const PROPERTY_SETS: Readonly<Record<string, OptionSet>> = {
  languages: 'language',
  accessibility: 'accessibility',
  qualifications: 'qualification',
  qualification: 'qualification',
  listingBasis: 'listingBasis',
  consent: 'consent',
  dataMode: 'dataMode',
  urgency: 'urgency',
  afterHours: 'afterHours',
  cost: 'cost',
  topics: 'topic',
  routeTemplate: 'routeTemplate',
  level: 'expertiseLevel',
};

/** Relationships whose ends are taxonomy entries (municipalities, topics, target groups). */
const RELATION_SETS: Readonly<Record<string, OptionSet>> = {
  '→LOCATED_IN': 'region',
  '→SERVES_AREA': 'region',
  '→ADDRESSES_TOPIC': 'topic',
  '→SERVES_GROUP': 'targetGroup',
  '→HAS_EXPERTISE': 'topic',
  '→COVERS_TOPIC': 'topic',
  '→ABOUT_TOPIC': 'topic',
};

/** How the values of a field are worded: an option set, network kinds, or referral paths. */
type ValueSet = OptionSet | 'networkKind' | 'referralPath';

/** The option set of a property of an entity, if its values are codes. */
function setOf(entity: string, field: string): ValueSet | undefined {
  if (field === '→REFERS_TO' || field === '←REFERS_TO') return 'referralPath';
  if (field === 'kind') {
    if (entity === 'Institution') return 'institutionKind';
    if (entity === 'Meeting') return 'meetingKind';
    if (entity === 'Network') return 'networkKind';
    return undefined;
  }
  return PROPERTY_SETS[field] ?? RELATION_SETS[field];
}

/** `t` of a key, or undefined when the key has no text. */
function maybe(t: LooseT, key: string): string | undefined {
  const text = t(key, { defaultValue: '' });
  return text === '' || text === key ? undefined : text;
}

/**
 * The label of a field: `→TYPE` and `←TYPE` by the relationship, a property by the form's
 * label, the raw key only for a field nobody named.
 */
export function fieldLabel(field: string, t: LooseT): string {
  const arrow = field.startsWith('→') ? 'out' : field.startsWith('←') ? 'in' : undefined;
  if (arrow) return maybe(t, `history.relations.${arrow}.${field.slice(1)}`) ?? field;
  if (field === 'from') return t('fields.fromId');
  if (field === 'to') return t('fields.toId');
  return maybe(t, `history.fields.${field}`) ?? maybe(t, `fields.${field}`) ?? field;
}

/** The label of a code in an option set; the code itself when the set does not know it. */
function optionLabel(set: ValueSet, code: string, ctx: HistoryContext): string {
  if (set === 'referralPath') return ctx.names.get(code) ?? ctx.t('history.entities.ReferralPath');
  if (set === 'networkKind') {
    return NETWORK_KINDS.find((kind) => kind.code === code)?.label[ctx.locale] ?? code;
  }
  const key = set === 'institutionKind' ? code.toUpperCase() : code;
  return (
    taxonomyLabel(set, key, ctx.locale, ctx.region) ??
    ctx.t(`enums.${set}.${code.toUpperCase()}`, { defaultValue: code })
  );
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const OPENING_HOURS = /^(mon|tue|wed|thu|fri|sat|sun) (\d{2}:\d{2})-(\d{2}:\d{2})$/;

/** A single stored value (not a list) in words. */
function scalar(value: unknown, set: ValueSet | undefined, ctx: HistoryContext): string {
  if (value === null || value === undefined || value === '') return NO_VALUE;
  if (typeof value === 'boolean') return ctx.t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return formatNumber(value, ctx.locale);
  if (typeof value === 'string') {
    if (set) return optionLabel(set, value, ctx);
    const hours = OPENING_HOURS.exec(value);
    if (hours) {
      const [, day = '', opens = '', closes = ''] = hours;
      return `${ctx.t(`enums.weekday.${day.toUpperCase()}`)} ${opens}–${closes}`;
    }
    if (CALENDAR_DAY.test(value)) return formatDate(value, ctx.locale);
    if (INSTANT.test(value)) return formatTimestamp(value, ctx.locale);
    return ctx.names.get(value) ?? value;
  }
  if (Array.isArray(value)) {
    return value.length ? value.map((item) => scalar(item, set, ctx)).join(', ') : NO_VALUE;
  }
  if (typeof value === 'object') return related(value as Record<string, unknown>, set, ctx);
  return JSON.stringify(value);
}

/**
 * A relationship with properties (`{id, role, since}`): the entry it leads to, then its
 * properties in brackets — „Pia Probe (Gast, seit 01.01.2025)“.
 */
function related(
  item: Readonly<Record<string, unknown>>,
  set: ValueSet | undefined,
  ctx: HistoryContext,
): string {
  const { id, ...properties } = item;
  if (set === 'referralPath') {
    // A referral path (an entry of its own) by the institution at its other end; its conditions
    // have a history of their own.
    return optionLabel(set, typeof id === 'string' ? id : '', ctx);
  }
  const head = typeof id === 'string' ? scalar(id, set, ctx) : '';
  const details = Object.entries(properties)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => {
      if (key === 'since') return ctx.t('history.since', { date: scalar(value, undefined, ctx) });
      if (key === 'validUntil') {
        return ctx.t('history.until', { date: scalar(value, undefined, ctx) });
      }
      // A membership's role is a code; an employment's role is free text.
      const itemSet = key === 'role' && typeof value === 'string' ? roleSet(value) : undefined;
      return scalar(value, itemSet ?? PROPERTY_SETS[key], ctx);
    });
  if (!head) return details.join(', ');
  return details.length ? `${head} (${details.join(', ')})` : head;
}

const MEMBERSHIP_ROLES: ReadonlySet<string> = new Set(['member', 'coordinator', 'guest']);

function roleSet(role: string): OptionSet | undefined {
  return MEMBERSHIP_ROLES.has(role) ? 'membershipRole' : undefined;
}

/** A stored value (JSON text, or null) of a field in words; lists comma-separated. */
export function formatValue(
  json: string | null | undefined,
  entity: string,
  field: string,
  ctx: HistoryContext,
): string {
  const value = parse(json);
  const set = setOf(entity, field);
  if (Array.isArray(value)) {
    return value.length ? value.map((item) => scalar(item, set, ctx)).join(', ') : NO_VALUE;
  }
  return scalar(value, set, ctx);
}

function parse(json: string | null | undefined): unknown {
  if (json === null || json === undefined) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** For a long list that changed in part: what was added and what was removed, in words. */
function listDifference(
  before: unknown,
  after: unknown,
  entity: string,
  field: string,
  ctx: HistoryContext,
): string | undefined {
  if (!Array.isArray(before) || !Array.isArray(after)) return undefined;
  if (Math.max(before.length, after.length) <= WHOLE_LIST_LIMIT) return undefined;
  const key = (item: unknown) => JSON.stringify(item);
  const was = new Set(before.map(key));
  const is = new Set(after.map(key));
  const set = setOf(entity, field);
  const added = after.filter((item) => !was.has(key(item)));
  const removed = before.filter((item) => !is.has(key(item)));
  const words = (items: unknown[]) => items.map((item) => scalar(item, set, ctx)).join(', ');
  return [
    added.length ? ctx.t('history.added', { items: words(added) }) : '',
    removed.length ? ctx.t('history.removed', { items: words(removed) }) : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** One changed field as a line; undefined when nothing a reader sees changed. */
export function describeField(
  change: ChangeLike['changes'][number],
  entity: string,
  action: ChangeLike['action'],
  ctx: HistoryContext,
): FieldLine | undefined {
  if (HIDDEN_FIELDS.has(change.field)) return undefined;
  const label = fieldLabel(change.field, ctx.t);
  const before = formatValue(change.before, entity, change.field, ctx);
  const after = formatValue(change.after, entity, change.field, ctx);
  if (before === after) return undefined;
  let text: string;
  if (action === 'CREATED' || action === 'RESTORED') text = `${label}: ${after}`;
  else if (action === 'DELETED') text = `${label}: ${before}`;
  else {
    const difference = listDifference(
      parse(change.before),
      parse(change.after),
      entity,
      change.field,
      ctx,
    );
    text = difference ? `${label}: ${difference}` : `${label}: ${before} → ${after}`;
  }
  return { field: change.field, label, text };
}

/** A change in words: when, who, what, and a line per changed field. */
export function describeChange(change: ChangeLike, ctx: HistoryContext): ChangeView {
  return {
    id: change.id,
    when: formatTimestamp(change.at, ctx.locale),
    who: change.actor,
    action: ctx.t(`history.actions.${change.action}`),
    lines: change.changes.flatMap((field) => {
      const line = describeField(field, change.entity, change.action, ctx);
      return line ? [line] : [];
    }),
  };
}

/** The kind of entry in words („Einrichtung“); the schema name for a kind nobody named. */
export function entityLabel(entity: string, t: LooseT): string {
  return maybe(t, `history.entities.${entity}`) ?? entity;
}

/**
 * How a change names its entry: the name it had, else a referral path by its ends
 * („A → B“), else the kind of entry.
 */
export function entryName(change: ChangeLike, ctx: HistoryContext): string {
  const recorded = (field: string) => {
    const item = change.changes.find((candidate) => candidate.field === field);
    const value = parse(item?.before ?? item?.after);
    return typeof value === 'string' ? value : undefined;
  };
  // A person is recorded by function; a named one is shown by name, as everywhere else.
  const given = recorded('givenName');
  const family = recorded('familyName');
  if (change.entity === 'Person' && given && family) return `${given} ${family}`;
  if (change.name) return change.name;
  const end = (field: 'from' | 'to') => {
    const id = recorded(field);
    return id === undefined ? undefined : (ctx.names.get(id) ?? id);
  };
  const from = end('from');
  const to = end('to');
  if (from && to) return `${from} → ${to}`;
  return entityLabel(change.entity, ctx.t);
}

/** Where each kind of entry is edited. */
const EDIT_SEGMENTS: Readonly<Record<string, string>> = {
  Institution: 'institution',
  Person: 'person',
  Service: 'service',
  ReferralPath: 'referral-path',
  Network: 'network',
  Meeting: 'meeting',
};

/** The edit page of an entry by its schema name; undefined for kinds not edited here. */
export function editPathOfEntity(entity: string, id: string): string | undefined {
  const segment = EDIT_SEGMENTS[entity];
  return segment ? `/edit/${segment}/${encodeURIComponent(id)}` : undefined;
}

/** Why a restore failed. */
export type RestoreFailure =
  /** The entry is not deleted (any more): someone restored it, or it exists again. */
  | { readonly kind: 'notDeleted' }
  /** A referral path whose end is gone cannot come back. */
  | { readonly kind: 'endsMissing'; readonly missing: readonly string[] }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/** Classifies the GraphQL errors of a failed restore by their `extensions`. */
export function classifyRestoreErrors(errors: readonly ErrorLike[]): RestoreFailure {
  for (const error of errors) {
    const code = error.extensions?.['code'];
    const missing = error.extensions?.['missing'];
    if (code === 'CONFLICT' && Array.isArray(missing) && missing.length) {
      return { kind: 'endsMissing', missing: missing.map(String) };
    }
    if (code === 'CONFLICT') return { kind: 'notDeleted' };
    if (code === 'NOT_FOUND') return { kind: 'notFound' };
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return { kind: 'forbidden' };
    if (code === 'DATABASE_UNAVAILABLE') return { kind: 'unavailable' };
  }
  return { kind: 'failed', code: codeOfErrors(errors) };
}

/** Classifies whatever a restore threw: GraphQL errors, or a network failure. */
export function classifyRestoreError(error: unknown): RestoreFailure {
  if (CombinedGraphQLErrors.is(error)) return classifyRestoreErrors(error.errors);
  return { kind: 'unavailable' };
}

/** Entry names by id from the lists the history reads them from. */
export function namesById(
  lists: readonly (readonly { readonly id: string; readonly name: string }[])[],
): ReadonlyMap<string, string> {
  return new Map(lists.flatMap((list) => list.map((item) => [item.id, item.name] as const)));
}
