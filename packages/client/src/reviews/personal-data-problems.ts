/**
 * Where a form shows "looks like personal data" (decision 027): the domain's check run on each
 * text field before sending, and the server's refusal (its `extensions.problems` with reason
 * `personal_data`) mapped to the same fields, both worded in the reader's language.
 */
import {
  findPersonalData,
  personalDataMessage,
  type PersonalDataFinding,
} from '@schutznetz/domain';

/** A form's messages by field name. */
export type FieldMessages = Readonly<Record<string, string>>;

/** The text fields of a form by name; a list field's entries are checked one by one. */
export type TextFields = Readonly<Record<string, string | readonly string[]>>;

/** The personal data found in each field, worded in `language`; empty when there is none. */
export function personalDataMessages(fields: TextFields, language: 'de' | 'en'): FieldMessages {
  const messages: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    const texts: readonly string[] = typeof value === 'string' ? [value] : value;
    const findings = texts.flatMap((text) => findPersonalData(text));
    if (findings.length) messages[name] = personalDataMessage(findings)[language];
  }
  return messages;
}

interface ServerProblem {
  readonly field?: unknown;
  readonly reason?: unknown;
  readonly findings?: unknown;
}

/**
 * The server's personal-data refusals of a failed save, by the form's field (`actionItems.2`
 * belongs to `actionItems`), worded in `language`; other problems are left to the caller.
 */
export function serverPersonalDataMessages(
  errors: readonly { readonly extensions?: Readonly<Record<string, unknown>> }[],
  language: 'de' | 'en',
): FieldMessages {
  const messages: Record<string, string> = {};
  for (const error of errors) {
    const problems = error.extensions?.['problems'];
    if (!Array.isArray(problems)) continue;
    for (const problem of problems as ServerProblem[]) {
      if (problem.reason !== 'personal_data' || typeof problem.field !== 'string') continue;
      const field = problem.field.replace(/^input\./, '').split('.')[0] ?? problem.field;
      const findings = Array.isArray(problem.findings)
        ? (problem.findings as Pick<PersonalDataFinding, 'kind' | 'text'>[])
        : [];
      messages[field] = personalDataMessage(findings)[language];
    }
  }
  return messages;
}
