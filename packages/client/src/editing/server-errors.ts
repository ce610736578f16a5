/**
 * What a failed save means for the form: field problems from `BAD_USER_INPUT` (its
 * `extensions.field` and `extensions.problems`), a stale-version `CONFLICT`, a role that may not
 * edit, a vanished entry, or an unreachable server. The result carries codes, never the server's
 * English messages: the form words them in the user's language (`errors` namespace).
 */
import { CombinedGraphQLErrors } from '@apollo/client';
import { codeOf, codeOfErrors, type ErrorCode } from '../errors/error-code';

/** The part of a GraphQL error this mapping reads. */
export interface ErrorLike {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Why the server refused one field: a wrong value, or a linked entry that does not exist. */
export type FieldRejection = 'rejected' | 'missing';

export type SaveFailure =
  | {
      readonly kind: 'invalid';
      /** What the server refused, by the form's field path. */
      readonly fields: Readonly<Record<string, readonly FieldRejection[]>>;
      /** How many refused details name no field the form shows. */
      readonly unshown: number;
    }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/**
 * The form field a server path belongs to: `input.` and argument prefixes dropped, then the
 * longest known prefix (`openingHours.2.closes` stays when the form shows it, else
 * `openingHours`). Undefined when the form has no such field.
 */
export function formFieldOf(
  serverField: string,
  knownPaths: readonly string[],
): string | undefined {
  const parts = serverField.replace(/^input\./, '').split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.');
    if (knownPaths.includes(candidate)) return candidate;
  }
  return undefined;
}

/** The server paths an error blames: its `problems`, else its `extensions.field`. */
function fieldsOf(error: ErrorLike): string[] {
  const listed = error.extensions?.['problems'];
  if (Array.isArray(listed)) {
    return listed.flatMap((item: unknown) => {
      const field =
        typeof item === 'object' && item !== null
          ? (item as Record<string, unknown>)['field']
          : undefined;
      return typeof field === 'string' ? [field] : [];
    });
  }
  const field = error.extensions?.['field'];
  return typeof field === 'string' ? [field] : [];
}

/** Classifies the GraphQL errors of a failed mutation; `knownPaths` are the form's fields. */
export function classifyGraphQLErrors(
  errors: readonly ErrorLike[],
  knownPaths: readonly string[],
): SaveFailure {
  const conflict = errors.find((error) => codeOf(error) === 'CONFLICT');
  // CONFLICT without a current version: the entry was deleted meanwhile, there is none to merge.
  if (conflict?.extensions?.['currentVersion'] === null) return { kind: 'notFound' };
  if (conflict) return { kind: 'conflict' };
  if (errors.some((error) => codeOf(error) === 'FORBIDDEN' || codeOf(error) === 'UNAUTHENTICATED'))
    return { kind: 'forbidden' };
  if (errors.some((error) => codeOf(error) === 'DATABASE_UNAVAILABLE'))
    return { kind: 'unavailable' };
  const invalid = errors.filter((error) => codeOf(error) === 'BAD_USER_INPUT');
  const notFound = errors.find((error) => codeOf(error) === 'NOT_FOUND');
  if (invalid.length || (notFound && typeof notFound.extensions?.['field'] === 'string')) {
    const fields: Record<string, FieldRejection[]> = {};
    let unshown = 0;
    for (const error of [...invalid, ...(notFound ? [notFound] : [])]) {
      const rejection: FieldRejection = codeOf(error) === 'NOT_FOUND' ? 'missing' : 'rejected';
      const blamed = fieldsOf(error);
      if (!blamed.length) unshown += 1;
      for (const field of blamed) {
        const path = formFieldOf(field, knownPaths);
        if (path) (fields[path] ??= []).push(rejection);
        else unshown += 1;
      }
    }
    return { kind: 'invalid', fields, unshown };
  }
  if (notFound) return { kind: 'notFound' };
  return { kind: 'failed', code: codeOfErrors(errors) };
}

/** Classifies whatever a mutation threw: GraphQL errors, or a network failure. */
export function classifySaveError(error: unknown, knownPaths: readonly string[]): SaveFailure {
  if (CombinedGraphQLErrors.is(error)) return classifyGraphQLErrors(error.errors, knownPaths);
  return { kind: 'unavailable' };
}
