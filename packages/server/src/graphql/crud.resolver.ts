import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { Role } from '../config';
import type { Context } from '../context';
import type { Services } from '../services';
import type { IdempotentInput } from './idempotency';

/** What every update input carries besides the changes: the node and the version read. */
export interface Versioned {
  readonly id: string;
  readonly version: number;
}

/** The fields an update input changes: everything but `id` and `version`. */
export type ChangesOf<TUpdate extends Versioned> = Omit<TUpdate, keyof Versioned>;

/**
 * The service calls behind one entity's create, update and delete mutations. Function properties,
 * not methods, so that parameter types are checked strictly (a service for another entity fails).
 */
export interface CrudWrites<TEntity, TCreate, TChanges> {
  readonly create: (input: TCreate, actor: string) => Promise<TEntity>;
  /** Reads one entry: the answer to a create retried with its `clientMutationId`. */
  readonly findById: (id: string) => Promise<TEntity | null>;
  /** Fails with CONFLICT when `version` is not the latest. */
  readonly update: (
    id: string,
    version: number,
    changes: TChanges,
    actor: string,
  ) => Promise<TEntity>;
  /** Returns the id of the deleted node; `actor` is recorded in the audit trail. */
  readonly delete: (id: string, version: number, actor: string) => Promise<string>;
}

/** One entity's create/update/delete mutations, as the schema shows them. */
export interface CrudResolverOptions<
  TEntity extends { readonly id: string },
  TCreate extends IdempotentInput,
  TUpdate extends Versioned,
> {
  /** Schema name of the entity: `Institution` names `createInstitution`, `updateInstitution`, … */
  readonly name: string;
  /** Object type that create and update return. */
  readonly type: ClassType<TEntity>;
  readonly createInput: ClassType<TCreate>;
  readonly updateInput: ClassType<TUpdate>;
  /** Schema descriptions of the three mutations. */
  readonly descriptions: {
    readonly create: string;
    readonly update: string;
    readonly delete: string;
  };
  /**
   * The request's service that does the writes; an adapter where its methods are named or take
   * their arguments differently.
   */
  readonly writes: (
    services: Services,
  ) => CrudWrites<NoInfer<TEntity>, NoInfer<TCreate>, ChangesOf<NoInfer<TUpdate>>>;
}

/**
 * A base resolver class with the mutations `create<Name>(input)`, `update<Name>(input)` and
 * `delete<Name>(id, version)`, each for coordinators only. The entity's resolver extends it and is
 * what schema.ts registers; type-graphql moves the inherited mutations onto that subclass. The
 * base itself is never registered, so its mutations appear once.
 */
export function crudResolver<
  TEntity extends { readonly id: string },
  TCreate extends IdempotentInput,
  TUpdate extends Versioned,
>(options: CrudResolverOptions<TEntity, TCreate, TUpdate>) {
  const { name, type, createInput, updateInput, descriptions, writes } = options;

  @Resolver()
  abstract class CrudResolver {
    @Authorized<Role>('coordinator')
    @Mutation(() => type, { name: `create${name}`, description: descriptions.create })
    create(@Arg('input', () => createInput) input: TCreate, @Ctx() ctx: Context): Promise<TEntity> {
      const crud = writes(ctx.services);
      const { clientMutationId, ...fields } = input;
      // The key is no field of the entry: the create never sees it.
      const create = () => crud.create(fields as TCreate, ctx.actor);
      if (clientMutationId === undefined || clientMutationId === null) return create();
      return ctx.services.idempotency.create({
        key: clientMutationId,
        // The provider's subject where there is one: names need not be unique.
        viewer: ctx.viewer.subject ?? ctx.actor,
        entity: name,
        input: fields,
        create,
        find: (id) => crud.findById(id),
      });
    }

    @Authorized<Role>('coordinator')
    @Mutation(() => type, { name: `update${name}`, description: descriptions.update })
    update(@Arg('input', () => updateInput) input: TUpdate, @Ctx() ctx: Context): Promise<TEntity> {
      const { id, version, ...changes } = input;
      return writes(ctx.services).update(id, version, changes, ctx.actor);
    }

    @Authorized<Role>('coordinator')
    @Mutation(() => ID, { name: `delete${name}`, description: descriptions.delete })
    delete(
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int) version: number,
      @Ctx() ctx: Context,
    ): Promise<string> {
      return writes(ctx.services).delete(id, version, ctx.actor);
    }
  }

  return CrudResolver;
}
