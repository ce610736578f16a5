/**
 * The field kinds that recur across the `*.type.ts` object types, each as one decorator, in the
 * spirit of input-fields.ts: an object type lists what it holds, one line a field.
 */
import { Field } from 'type-graphql';

/**
 * A field that may be null, of `type` (a class, scalar, enum or `[type]`): an optional date or
 * text, a reference that may be missing.
 */
export function NullableField(type: object, description: string): PropertyDecorator {
  return Field(() => type, { nullable: true, description });
}
