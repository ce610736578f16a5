import type { InputValue } from './form-input';

/**
 * Types a form-built input as the mutation's input. The form only offers the API's own enum
 * values and codes and checks them first; the server validates again and names any bad field.
 */
export function asInput<Input extends object>(
  fields: Readonly<Record<string, InputValue>>,
  extra: Partial<Input> = {},
): Input {
  return { ...fields, ...extra } as Input;
}
