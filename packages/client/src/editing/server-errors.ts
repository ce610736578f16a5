/**
 * What a failed save means for the form: field problems from `BAD_USER_INPUT` (its
 * `extensions.field` and `extensions.problems`), a stale-version `CONFLICT`, a role that may not
 * edit, a vanished entry, or an unreachable server.
 */
import { CombinedGraphQLErrors } from '@apollo/client';

/** The part of a GraphQL error this mapping reads. */
export interface ErrorLike {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export type SaveFailure =
  | {
      readonly kind: 'invalid';
      /** Server messages by the form's field path. */
      readonly fields: Readonly<Record<string, readonly string[]>>;
      /** Problems that name no field the form shows. */
      readonly general: readonly string[];
    }
  | { readonly kind: 'conflict'; readonly message: string }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'notFound'; readonly message: string; readonly field?: string }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly message: string };

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

interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

function problemsOf(error: ErrorLike): FieldProblem[] {
  const listed = error.extensions?.['problems'];
  if (Array.isArray(listed)) {
    return listed.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { field, message } = item as Record<string, unknown>;
      return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
    });
  }
  const field = error.extensions?.['field'];
  return typeof field === 'string'
    ? [{ field, message: error.message.replace(`${field}: `, '') }]
    : [];
}

/** Classifies the GraphQL errors of a failed mutation; `knownPaths` are the form's fields. */
export function classifyGraphQLErrors(
  errors: readonly ErrorLike[],
  knownPaths: readonly string[],
): SaveFailure {
  const codeOf = (error: ErrorLike) => error.extensions?.['code'];
  const conflict = errors.find((error) => codeOf(error) === 'CONFLICT');
  // CONFLICT without a current version: the entry was deleted meanwhile, there is none to merge.
  if (conflict?.extensions?.['currentVersion'] === null)
    return { kind: 'notFound', message: conflict.message };
  if (conflict) return { kind: 'conflict', message: conflict.message };
  if (errors.some((error) => codeOf(error) === 'FORBIDDEN' || codeOf(error) === 'UNAUTHENTICATED'))
    return { kind: 'forbidden' };
  if (errors.some((error) => codeOf(error) === 'DATABASE_UNAVAILABLE'))
    return { kind: 'unavailable' };
  const invalid = errors.filter((error) => codeOf(error) === 'BAD_USER_INPUT');
  const notFound = errors.find((error) => codeOf(error) === 'NOT_FOUND');
  if (invalid.length || (notFound && typeof notFound.extensions?.['field'] === 'string')) {
    const fields: Record<string, string[]> = {};
    const general: string[] = [];
    for (const error of [...invalid, ...(notFound ? [notFound] : [])]) {
      const problems = problemsOf(error);
      if (!problems.length) general.push(error.message);
      for (const problem of problems) {
        const path = formFieldOf(problem.field, knownPaths);
        if (path) (fields[path] ??= []).push(problem.message);
        else general.push(`${problem.field}: ${problem.message}`);
      }
    }
    return { kind: 'invalid', fields, general };
  }
  if (notFound) return { kind: 'notFound', message: notFound.message };
  return { kind: 'failed', message: errors.map((error) => error.message).join('; ') };
}

/** Classifies whatever a mutation threw: GraphQL errors, or a network failure. */
export function classifySaveError(error: unknown, knownPaths: readonly string[]): SaveFailure {
  if (CombinedGraphQLErrors.is(error)) return classifyGraphQLErrors(error.errors, knownPaths);
  return { kind: 'unavailable' };
}
