import {
  registerDecorator,
  validateSync,
  type ValidationOptions,
  type ValidatorOptions,
} from 'class-validator';
import {
  isEmailAddress,
  isIsoDate,
  isPhoneNumber,
  isPostalCode,
  isWebUrl,
  nameProblem,
  normalizeText,
  textProblem,
} from '@schutznetz/domain';
import { ArgumentValidationError } from 'type-graphql';
import { InvalidInputError, type FieldProblem } from '../errors';

/**
 * A decorator for a string format rule of the domain (`@schutznetz/domain`, rules/formats), so
 * the client's forms check the very same rule; null and absent pass (nullability is the schema's job).
 */
function simple(
  name: string,
  message: string,
  rule: (value: string) => boolean,
): (options?: ValidationOptions) => PropertyDecorator {
  const test = (value: unknown) => typeof value === 'string' && rule(value);
  return (options) => (target, propertyName) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message, ...options },
      validator: {
        validate: (value: unknown) => value === null || value === undefined || test(value),
      },
    });
  };
}

/** A calendar date, YYYY-MM-DD. */
export const IsIsoDate = simple('isIsoDate', 'must be a date as YYYY-MM-DD', isIsoDate);

/** A function e-mail address with a domain. */
export const IsEmailAddress = simple(
  'isEmailAddress',
  'must be an e-mail address such as name@example.org',
  isEmailAddress,
);

/** An http(s) URL with a host. */
export const IsWebUrl = simple(
  'isWebUrl',
  'must be a web address starting with http:// or https://',
  isWebUrl,
);

/** A phone number: digits, spaces, + ( ) / -. */
export const IsPhoneNumber = simple(
  'isPhoneNumber',
  'must be a phone number such as +49 30 23125 101',
  isPhoneNumber,
);

export const IsPostalCode = simple(
  'isPostalCode',
  'must be a German postal code of five digits',
  isPostalCode,
);

/**
 * A name, title or label: one line with a visible character, no control, bidi override or
 * isolate characters, no lone surrogates (the rule is the domain's `nameProblem`, so the client
 * can check the same). Null and absent pass.
 */
export function IsName(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isName',
      target: target.constructor,
      propertyName: propertyName as string,
      options: options ?? {},
      validator: {
        // The empty string is left to the field's @Length, which every name has.
        validate: (value: unknown) =>
          value === null ||
          value === undefined ||
          value === '' ||
          (typeof value === 'string' && nameProblem(value) === undefined),
        defaultMessage: (args) => {
          const value: unknown = args?.value;
          return (typeof value === 'string' ? nameProblem(value) : undefined) ?? 'must be a text';
        },
      },
    });
  };
}

/**
 * Normalises every string of an argument to NFC in place and collects the fields whose text no
 * one should store (see the domain's `textProblem`): this applies to every text input, names,
 * descriptions and notes alike, before any rule of the input's class runs.
 */
function cleanStrings(value: object, prefix: string, problems: FieldProblem[]): void {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const field = prefix ? `${prefix}.${key}` : key;
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) problems.push({ field, message: problem });
      else record[key] = normalizeText(item);
    } else if (item !== null && typeof item === 'object') {
      cleanStrings(item, field, problems);
    }
  }
}

/** Absent properties are the schema's business (nullability); unknown values pass, as in type-graphql. */
const ARGUMENT_VALIDATION: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
};

/**
 * Checks an argument with class-validator before its resolver runs: type-graphql's `validateFn`.
 * First every string in it is normalised to NFC and refused if it holds characters no text should
 * (see {@link cleanStrings}); then the rules of its classes run on the normalised text.
 * The same rules as type-graphql's built-in check (objects and lists of objects; the rules of their
 * classes; `ArgumentValidationError` on failure), but synchronous — every rule here is — and with
 * class-validator imported once: the built-in check imports it anew for each argument of each
 * request (0.05–0.1 ms per request in a CPU profile, docs/benchmarks.md).
 */
export function validateArgument(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const problems: FieldProblem[] = [];
  for (const item of items) {
    if (item !== null && typeof item === 'object') cleanStrings(item, '', problems);
  }
  if (problems.length) throw new InvalidInputError(problems);
  const errors = items.flatMap((item) =>
    item !== null && typeof item === 'object' ? validateSync(item, ARGUMENT_VALIDATION) : [],
  );
  if (errors.length) throw new ArgumentValidationError(errors);
}
