import { randomUUID } from 'node:crypto';
import { Label, NEW_SERVICE_DEFAULTS } from '@schutznetz/domain';
import { creationMeta } from '../../../neo4j/writes';
import { nameSortKey } from '../../../records';
import { CreateServiceInput } from '../../offering/offering.input';
import { checkLikeForm } from '../data-import.forms';
import { createServices, loadServices, updateServices } from '../data-import.repository';
import { matchEntity, refuseRepeated, RowBuilder, textOf } from '../data-import.rows';
import type { EntityIndex, ImportKindHandler, KnownEntity } from '../data-import.types';
import { foldText, VALUE_LOOKUPS } from '../data-import.values';

const serviceKey = (name: string, institution: string): string =>
  `${foldText(name)}|${institution}`;

/**
 * The entry a cell names in `index` (by id, external id or unique name); refuses the row at
 * `field` when none or several fit.
 */
export function referTo(
  row: RowBuilder,
  index: EntityIndex,
  field: string,
  value: string | undefined,
): KnownEntity | undefined {
  if (value === undefined) return undefined;
  const found = index.refer(value);
  if (found === 'ambiguous') {
    row.refuse(field, 'ambiguous_reference', `several entries are named '${value}'; use their ID`, {
      value,
    });
    return undefined;
  }
  if (!found) row.refuse(field, 'unknown_reference', `no entry '${value}'`, { value });
  return found;
}

interface ServiceWrite {
  readonly institution: string;
  readonly props: Record<string, unknown>;
  readonly topics: readonly string[] | null;
  readonly targetGroups: readonly string[] | null;
}

/** Services: matched by external id, else by name and the institution that offers them. */
export const serviceImport: ImportKindHandler = {
  kind: 'service',
  label: Label.Service,

  async load(tx, state) {
    for (const row of await loadServices(tx)) {
      const name = textOf(row.fields['name']);
      state.services.add({ ...row, name }, serviceKey(name, textOf(row.fields['institution'])));
    }
  },

  plan(record, state) {
    const row = new RowBuilder(record);
    const externalId = row.text('externalId');
    const institution = referTo(
      row,
      state.institutions,
      'institution',
      row.required('institution'),
    );
    const name = row.required('name');
    const topics = row.codes('topics', VALUE_LOOKUPS.topics);
    if (!topics?.length) row.refuse('topics', 'required', 'must not be empty');
    const targetGroups = row.codes('targetGroups', VALUE_LOOKUPS.targetGroups);
    const languages = row.codes('languages', VALUE_LOOKUPS.languages);
    const form = checkLikeForm(CreateServiceInput, {
      name,
      description: row.text('description'),
    });
    row.refuseForm(form.problems);
    const label = name ?? `line ${record.ref.line}`;
    let stored: KnownEntity | undefined;
    if (name !== undefined && institution) {
      const key = serviceKey(name, institution.id);
      refuseRepeated(row, state, [externalId && `service#${externalId}`, `service|${key}`]);
      stored = matchEntity(row, state.services, externalId, key);
    }
    if (row.problems.length || !institution) {
      return row.finish('service', label, 'create', { id: null, version: null });
    }
    const values = {
      name: form.values.name,
      description: form.values.description,
      institution: stored ? undefined : institution.id,
      topics,
      targetGroups,
      languages,
      externalId,
    };
    const changed = row.compare(values, stored);
    row.nameIds('institution', state.institutions);
    const {
      topics: newTopics,
      targetGroups: newGroups,
      institution: offeredBy,
      ...props
    } = changed;
    const write: ServiceWrite = {
      institution: (offeredBy as string | undefined) ?? institution.id,
      props: {
        ...props,
        ...(props['name'] ? { sortKey: nameSortKey(textOf(props['name'])) } : {}),
      },
      topics: (newTopics as string[] | undefined) ?? null,
      targetGroups: (newGroups as string[] | undefined) ?? null,
    };
    if (stored) {
      return row.matched('service', label, stored, write);
    }
    const id = state.planCreation(
      'service',
      state.services,
      { name: label, externalId, fields: values },
      serviceKey(label, institution.id),
    );
    return row.finish(
      'service',
      label,
      'create',
      { id, version: null },
      {
        ...write,
        props: { ...NEW_SERVICE_DEFAULTS, externalId: null, ...write.props },
        targetGroups: write.targetGroups ?? [],
      },
    );
  },

  async write(tx, rows, context) {
    const creates = [];
    const updates = [];
    for (const row of rows) {
      const write = row.write as ServiceWrite;
      if (row.action === 'create' && row.entityId) {
        const id = `svc:${randomUUID()}`;
        context.assign(row.entityId, id);
        const meta = creationMeta(context.stamp.now, context.stamp.actor);
        creates.push({
          ...write,
          id,
          institution: context.resolve(write.institution),
          props: { ...write.props, id, ...meta },
        });
      } else if (row.action === 'update' && row.entityId) {
        updates.push({ ...write, id: row.entityId });
      }
    }
    await createServices(tx, context.stamp, creates);
    await updateServices(tx, context.stamp, updates);
  },
};
