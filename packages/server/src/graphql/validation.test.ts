import 'reflect-metadata';
import { Length, ValidateNested } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { IsEmailAddress, IsIsoDate, validateArgument } from './validation';

class Contact {
  @IsEmailAddress()
  email?: string;
}

class Input {
  @Length(1, 20)
  name!: string;

  @IsIsoDate()
  since?: string;

  @ValidateNested()
  contact?: Contact;
}

const input = (values: Partial<Input>): Input => Object.assign(new Input(), values);
const contact = (email: string): Contact => Object.assign(new Contact(), { email });

/** The fields of the problems the validation of `value` reports. */
function failedFields(value: unknown): string[] {
  try {
    validateArgument(value);
  } catch (error) {
    if (!(error instanceof ArgumentValidationError)) throw error;
    return error.extensions.validationErrors.map((problem) => problem.property);
  }
  return [];
}

describe('validateArgument (type-graphql validateFn)', () => {
  it('passes valid objects, absent optional fields and scalars', () => {
    expect(() => {
      validateArgument(input({ name: 'Frauenhaus' }));
      validateArgument(input({ name: 'x', since: '2024-02-29', contact: contact('a@b.de') }));
      validateArgument('org:a');
      validateArgument(null);
      validateArgument(undefined);
    }).not.toThrow();
  });

  it('names each failing field, nested ones included', () => {
    expect(failedFields(input({ name: '', since: '2023-02-29' }))).toEqual(['name', 'since']);
    expect(failedFields(input({ name: 'x', contact: contact('nope') }))).toEqual(['contact']);
  });

  it('checks every object of a list argument', () => {
    expect(failedFields([input({ name: 'ok' }), input({ name: '' })])).toEqual(['name']);
  });
});
