import {
  findPersonalData,
  personalDataMessage,
  type PersonalDataFinding,
} from '@schutznetz/domain';
import { InvalidInputError, type FieldProblem } from '../../errors';

/** A refused field with what looked like personal data, in `extensions.problems` for the client. */
export interface PersonalDataProblem extends FieldProblem {
  readonly reason: 'personal_data';
  /** The message in German ({@link FieldProblem.message} is English). */
  readonly messageDe: string;
  readonly findings: readonly Pick<PersonalDataFinding, 'kind' | 'text'>[];
}

/** Text fields of one input, by the field path the client sent (`actionItems.2`). */
export type TextFields = Readonly<Record<string, string | null | undefined>>;

/**
 * Refuses input that looks like personal data (decision 027): one BAD_USER_INPUT naming every
 * field at fault and, in both languages, what in it looked like personal data. Case reviews and
 * minutes hold lessons and agreements, never facts of a case.
 */
export function refusePersonalData(fields: TextFields): void {
  const problems: PersonalDataProblem[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const findings = findPersonalData(text);
    if (!findings.length) continue;
    const message = personalDataMessage(findings);
    problems.push({
      field,
      message: message.en,
      messageDe: message.de,
      reason: 'personal_data',
      findings: findings.map(({ kind, text: found }) => ({ kind, text: found })),
    });
  }
  if (problems.length) throw new InvalidInputError(problems);
}

/** The entries of a text list as fields `name.0`, `name.1`, … */
export function listFields(name: string, texts: readonly string[] | null | undefined): TextFields {
  return Object.fromEntries((texts ?? []).map((text, index) => [`${name}.${index}`, text]));
}
