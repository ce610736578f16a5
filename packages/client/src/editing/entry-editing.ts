import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { asInput } from './as-input';
import { useReloadForDelete } from './delete-entry';
import type { EntityFormProps, Snapshot } from './entity-form';
import { buildCreateInput, buildUpdateInput, type InputValue } from './form-input';
import type { FieldSpec, FormValues } from './form-model';
import { useRetryKeys, withRetryKey } from './retry-key';

/** How an edit page reads one entry and saves changes to it. */
export interface EntryEditingSpec<TQuery, TEntry extends TStored, TStored, TUpdated, TInput> {
  /** The entry's id (from the route). */
  readonly id: string;
  /** The `…ForEdit` query; it is read past the cache, so the form starts from what is stored. */
  readonly query: TypedDocumentNode<TQuery, { id: string }>;
  /** The entry in the query's answer (null when there is none). */
  readonly entryOf: (data: TQuery) => TEntry | null | undefined;
  /** The `update…` mutation, given only the changed fields with the id and the version read. */
  readonly update: TypedDocumentNode<TUpdated, { input: TInput }>;
  /** The stored fields in the mutation's answer. */
  readonly updatedOf: (data: TUpdated) => TStored;
  /** The stored fields as form values: of what was read and of what an update returns. */
  readonly toSnapshot: (stored: TStored) => Snapshot;
  /** The fields the form edits. */
  readonly specs: readonly FieldSpec[];
}

/** What {@link useEntryEditing} gives an edit page. */
export interface EntryEditing<TEntry> {
  /** The entry as read, once it is there. */
  readonly entry: TEntry | undefined;
  readonly loading: boolean;
  /** The form's React key: a new form after a reload for a delete, so it starts from the entry. */
  readonly formKey: string;
  /** Reads the entry again and starts the form anew (the delete's `onReload`). */
  readonly reload: () => Promise<void>;
  /** The form's `onSave`: an update of the changed fields. */
  readonly onSave: EntityFormProps['onSave'];
  /** The form's `onReload`: the stored entry, read past the cache. */
  readonly onReload: NonNullable<EntityFormProps['onReload']>;
}

/**
 * An edit page's entry: read with its `…ForEdit` query, saved by the update mutation with only
 * the fields that changed and the version read (nothing is sent when nothing changed), read
 * again past the cache when a save meets a newer version.
 */
export function useEntryEditing<
  TQuery,
  TEntry extends TStored,
  TStored,
  TUpdated,
  TInput extends object,
>(spec: EntryEditingSpec<TQuery, TEntry, TStored, TUpdated, TInput>): EntryEditing<TEntry> {
  const { id, query, entryOf, update, updatedOf, toSnapshot, specs } = spec;
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(query, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [mutate] = useMutation(update);
  const { formGeneration, reload } = useReloadForDelete(refetch);
  const entry = (data ? entryOf(data) : undefined) ?? undefined;

  const onSave: EntityFormProps['onSave'] = async (values, base) => {
    const changes = buildUpdateInput(specs, base.values, values);
    if (Object.keys(changes).length === 0) return base;
    const input = { ...asInput<TInput>(changes), id, version: base.version };
    const result = await mutate({ variables: { input } });
    return result.data ? toSnapshot(updatedOf(result.data)) : base;
  };
  const onReload = async (): Promise<Snapshot | null> => {
    const result = await client.query({ query, variables: { id }, fetchPolicy: 'network-only' });
    const latest = result.data ? entryOf(result.data) : undefined;
    return latest ? toSnapshot(latest) : null;
  };

  return {
    entry,
    loading,
    formKey: `${id}@${String(formGeneration)}`,
    reload,
    onSave,
    onReload,
  };
}

/** How a create page stores a new entry. */
export interface EntryCreationSpec<TCreated, TInput> {
  /** The `create…` mutation. */
  readonly create: TypedDocumentNode<TCreated, { input: TInput }>;
  /** The new entry in the mutation's answer. */
  readonly createdOf: (data: TCreated) => { readonly id: string } | null | undefined;
  /** The fields the form fills in. */
  readonly specs: readonly FieldSpec[];
  /** The edit page of a new entry, e.g. `/edit/person/`; the id is appended. */
  readonly editPath: string;
  /** Input the form does not show (e.g. the institution a new service belongs to). */
  readonly extra?: Partial<TInput>;
}

/**
 * A create form's `onSave`: the filled-in fields with the form's idempotency key (a retry
 * creates the entry once), then on to the new entry's edit page.
 */
export function useEntryCreation<TCreated, TInput extends object>(
  spec: EntryCreationSpec<TCreated, TInput>,
): (values: FormValues) => Promise<null> {
  const { create, createdOf, specs, editPath, extra } = spec;
  const navigate = useNavigate();
  const [mutate] = useMutation(create);
  const retryKeys = useRetryKeys();
  return async (values) => {
    const fields: Record<string, InputValue> = buildCreateInput(specs, values);
    const input = withRetryKey(retryKeys, asInput<TInput>(fields, extra));
    const result = await mutate({ variables: { input } });
    const created = result.data ? createdOf(result.data) : undefined;
    if (created) void navigate(`${editPath}${encodeURIComponent(created.id)}`);
    return null;
  };
}
