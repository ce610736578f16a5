import { IsOptional, Length } from 'class-validator';
import { Field } from 'type-graphql';
import { IsName } from './validation';

/** What every create input carries besides its fields: the optional idempotency key. */
export interface IdempotentInput {
  readonly clientMutationId?: string | null;
}

/**
 * The `clientMutationId` field of a create input: a key of the client's choosing that makes the
 * create idempotent (modules/idempotency). One line, 1–100 characters.
 */
export function ClientMutationIdField(): PropertyDecorator {
  return (target, property) => {
    Field(() => String, {
      nullable: true,
      description:
        'A key of your choosing (1–100 characters, e.g. a UUID) that makes this create safe to retry: another create with the same key from the same viewer within 24 hours creates nothing and answers the entry created first; with other input it fails with BAD_USER_INPUT.',
    })(target, property);
    IsOptional()(target, property);
    Length(1, 100)(target, property);
    IsName()(target, property);
  };
}
