/**
 * The fields that recur across the `*.input.ts` files, each as one decorator: the GraphQL field
 * and its class-validator rules together, so an input class lists what it holds, not how each
 * field is checked. Each applies its parts in the order a written stack of the same decorators
 * would (the last first), so rules run and report in the same order as before.
 */
import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, Int } from 'type-graphql';
import { IsIsoDate, IsName } from './validation';

type Range = readonly [min: number, max: number];

/** Applies `decorators`, written top to bottom, as TypeScript applies a stack: bottom first. */
function stack(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const decorate of [...decorators].reverse()) decorate(target, property);
  };
}

/** `id` of an update input: which `entry` to change. */
export function EntryIdField(entry: string): PropertyDecorator {
  return Field(() => ID, { description: `The ${entry} to change.` });
}

/** `version` of an update input: the version the client read (a newer one is a CONFLICT). */
export function VersionField(
  description = 'The version you read; a newer one means a conflict.',
): PropertyDecorator {
  return Field(() => Int, { description });
}

/**
 * A name, title or label of `length` characters (the domain's `nameProblem` rules); `nullable`
 * on updates, where an omitted name stays as it is.
 */
export function NameField(
  description: string,
  [min, max]: Range,
  options: { nullable?: boolean } = {},
): PropertyDecorator {
  return options.nullable
    ? stack(
        Field(() => String, { nullable: true, description }),
        IsOptional(),
        Length(min, max),
        IsName(),
      )
    : stack(Field({ description }), Length(min, max), IsName());
}

/** A calendar date as YYYY-MM-DD; `required` for the date a create cannot do without. */
export function DateField(
  description: string,
  options: { required?: boolean } = {},
): PropertyDecorator {
  return options.required
    ? stack(Field({ description }), IsIsoDate())
    : stack(
        Field(() => String, { nullable: true, description }),
        IsIsoDate(),
      );
}

/** An optional free text of `length` characters (a description, a filter's words). */
export function TextField(description: string, [min, max]: Range): PropertyDecorator {
  return stack(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    Length(min, max),
  );
}

/** The words a list filter searches for (1–200 characters). */
export function FilterTextField(description: string): PropertyDecorator {
  return stack(Field({ nullable: true, description }), IsOptional(), Length(1, 200));
}

/** An optional whole number within `range`, both ends inclusive. */
export function IntField(description: string, [min, max]: Range): PropertyDecorator {
  return stack(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    Min(min),
    Max(max),
  );
}

/** An optional list of ids (codes or entries) of at most `most` items; a given list replaces. */
export function IdListField(description: string, most: number): PropertyDecorator {
  return stack(
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(most),
  );
}

/** A field a client may leave out or set to null, of `type` (a class, scalar, enum or `[type]`). */
export function OptionalField(type: object, description: string): PropertyDecorator {
  return Field(() => type, { nullable: true, description });
}

/** A list filter: matches entries with any of the given values of `type` (ids or an enum). */
export function ListFilterField(type: object, description: string): PropertyDecorator {
  return OptionalField([type], description);
}
