/**
 * Deleting an entry from the editing views: what a failed delete means, the note the page after
 * a delete shows, and what the client's cache forgets then.
 */
import { CombinedGraphQLErrors, type ApolloCache } from '@apollo/client';
import { codeOfErrors, type ErrorCode } from '../errors/error-code';
import type { ErrorLike } from './server-errors';

/** The kinds of entry the editing views delete. */
export const DELETABLE_KINDS = [
  'institution',
  'person',
  'service',
  'referralPath',
  'network',
  'meeting',
] as const;

export type DeletableKind = (typeof DELETABLE_KINDS)[number];

/** The GraphQL type of each kind, which names its entry in the Apollo cache. */
const TYPENAMES: Readonly<Record<DeletableKind, string>> = {
  institution: 'Institution',
  person: 'Person',
  service: 'Service',
  referralPath: 'ReferralPath',
  network: 'Network',
  meeting: 'Meeting',
};

function isDeletableKind(value: unknown): value is DeletableKind {
  return DELETABLE_KINDS.some((kind) => kind === value);
}

/**
 * Why a delete failed. A `conflict` (someone saved a newer version) and a `notFound` (someone
 * deleted it first) deleted nothing; the user decides what to do next.
 */
export type DeleteFailure =
  | { readonly kind: 'conflict' }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/** A CONFLICT whose entry is gone: someone deleted it (`currentVersion` null). */
export function isDeletedMeanwhile(error: ErrorLike): boolean {
  return error.extensions?.['code'] === 'CONFLICT' && error.extensions['currentVersion'] === null;
}

/** Classifies the GraphQL errors of a failed delete mutation by their `extensions.code`. */
export function classifyDeleteErrors(errors: readonly ErrorLike[]): DeleteFailure {
  const codes = new Set(errors.map((error) => error.extensions?.['code']));
  // The server answers CONFLICT without a current version for an entry deleted meanwhile.
  if (errors.some(isDeletedMeanwhile)) return { kind: 'notFound' };
  if (codes.has('CONFLICT')) return { kind: 'conflict' };
  if (codes.has('NOT_FOUND')) return { kind: 'notFound' };
  if (codes.has('FORBIDDEN') || codes.has('UNAUTHENTICATED')) return { kind: 'forbidden' };
  if (codes.has('DATABASE_UNAVAILABLE')) return { kind: 'unavailable' };
  return { kind: 'failed', code: codeOfErrors(errors) };
}

/** Classifies whatever a delete mutation threw: GraphQL errors, or a network failure. */
export function classifyDeleteError(error: unknown): DeleteFailure {
  if (CombinedGraphQLErrors.is(error)) return classifyDeleteErrors(error.errors);
  return { kind: 'unavailable' };
}

/** An entry that was deleted (or found already gone), as the next page reports it. */
export interface DeletedEntry {
  readonly kind: DeletableKind;
  readonly id: string;
  /** How the confirmation named it. */
  readonly name: string;
  /** Someone else had deleted it before. */
  readonly alreadyGone: boolean;
}

/** The router state that carries a deleted entry to the page shown after the delete. */
export function deletedState(entry: DeletedEntry): { readonly deleted: DeletedEntry } {
  return { deleted: entry };
}

/**
 * The deleted entry in a router state, if there is a well-formed one. History state outlives
 * reloads and comes from whatever wrote it, so it is checked, not cast.
 */
export function deletedEntryOf(state: unknown): DeletedEntry | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const deleted = (state as Record<string, unknown>)['deleted'];
  if (typeof deleted !== 'object' || deleted === null) return undefined;
  const { kind, id, name, alreadyGone } = deleted as Record<string, unknown>;
  if (!isDeletableKind(kind) || typeof id !== 'string' || typeof name !== 'string') {
    return undefined;
  }
  return { kind, id, name, alreadyGone: alreadyGone === true };
}

/** Root fields of reference data and of the session, which no delete changes. */
const UNAFFECTED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'viewer',
  'systemStatus',
  'topics',
  'targetGroups',
  'municipalities',
  'regions',
]);

/**
 * Forgets a deleted entry: evicts its normalized object and every cached root query except
 * reference data. A delete cascades on the server (an institution takes its services, referral
 * paths, employments and memberships with it) and changes every analysis of the graph, so any
 * cached list or analysis may show what is gone. Queries on screen fetch anew; the others do
 * when next shown.
 */
export function forgetDeleted(cache: ApolloCache, entry: Pick<DeletedEntry, 'kind' | 'id'>): void {
  const cacheId = cache.identify({ __typename: TYPENAMES[entry.kind], id: entry.id });
  if (cacheId) cache.evict({ id: cacheId });
  forgetLists(cache);
}

/**
 * Forgets every cached root query except reference data: after a delete or a restore any list,
 * search or analysis may be out of date. Queries on screen fetch anew; the others when next shown.
 */
export function forgetLists(cache: ApolloCache): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: (value: unknown, { fieldName, DELETE }) =>
      UNAFFECTED_ROOT_FIELDS.has(fieldName) ? value : DELETE,
  });
  cache.gc();
}
