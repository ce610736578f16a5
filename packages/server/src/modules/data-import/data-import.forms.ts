/**
 * The forms' rules applied to an imported row: the row's values go through the very input class
 * the GraphQL form goes through (text cleaning, lengths, e-mail, phone, postal code, web address),
 * so an import can never store what a form would refuse.
 */
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { InvalidInputError, type FieldProblem } from '../../errors';
import { validateArgument } from '../../graphql/validation';

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => ({ field, message })),
      ...flatten(error.children ?? [], field),
    ];
  });
}

/**
 * The problems a form would find in `values` (only the fields given are checked), and the
 * values as the form would store them (text in Unicode NFC).
 */
export function checkLikeForm<T extends object>(
  Input: new () => T,
  values: Partial<T>,
): { problems: FieldProblem[]; values: Partial<T> } {
  const input = Object.assign(new Input(), values);
  try {
    validateArgument(input);
    return { problems: [], values: input };
  } catch (error) {
    if (error instanceof InvalidInputError) return { problems: [...error.problems], values };
    if (error instanceof ArgumentValidationError) {
      return { problems: flatten(error.extensions.validationErrors), values };
    }
    throw error;
  }
}
