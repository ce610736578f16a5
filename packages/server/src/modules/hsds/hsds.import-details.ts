/**
 * Import kinds for what the engine's own institution, service and person rows leave out: the
 * rest of an entry's fields (opening hours, service areas, capacity, qualifications …), a
 * person's employments and expertise. Each row refers to its entry by HSDS id (the external id
 * the engine's row stored or is about to store) and is planned like the engine's kinds: unchanged
 * when the stored values equal the imported ones, else an update of that entry (its version
 * checked and raised, recorded in the audit trail).
 */
import {
  ACCESSIBILITY_FEATURES,
  COSTS,
  EXPERTISE_LEVELS,
  isTopicCode,
  Label,
  NEW_INSTITUTION_DEFAULTS,
  NEW_SERVICE_DEFAULTS,
  QUALIFICATIONS,
  Rel,
} from '@schutznetz/domain';
import type { AuditStamp } from '../../neo4j/audit';
import { record } from '../../neo4j/audit/record';
import { snapshotNodes } from '../../neo4j/audit/snapshot';
import type { TxRunner } from '../../neo4j/executor';
import {
  RowBuilder,
  type EntityIndex,
  type ImportKindHandler,
  type ImportState,
  type KnownEntity,
  type PlannedRow,
} from '../data-import';
import { referTo } from '../data-import/kinds/service.import';
import {
  code,
  codes,
  COUNT,
  DATE,
  FLAG,
  LIST,
  readFields,
  TEXT,
  TIMESTAMP,
  type FieldCodec,
} from './hsds.import-fields';

const { Institution, Service, Person, Region, Topic } = Label;

/** What a kind loaded of the stored entries, per plan (the engine's state has no room for it). */
const loaded = new WeakMap<ImportState, Map<string, Map<string, Record<string, unknown>>>>();

function storedOf(state: ImportState, kind: string): Map<string, Record<string, unknown>> {
  let kinds = loaded.get(state);
  if (!kinds) loaded.set(state, (kinds = new Map<string, Map<string, Record<string, unknown>>>()));
  let entries = kinds.get(kind);
  if (!entries) kinds.set(kind, (entries = new Map<string, Record<string, unknown>>()));
  return entries;
}

const isNew = (id: string): boolean => id.startsWith('new:');

/** Writes `work` on stored entries of `label` with their version raised, recorded as updates. */
export async function auditedUpdate(
  tx: TxRunner,
  stamp: AuditStamp,
  target: { label: string; entity: string },
  ids: readonly string[],
  work: () => Promise<unknown>,
): Promise<void> {
  const stored = [...new Set(ids.filter((id) => !isNew(id)))];
  const before = await snapshotNodes(tx, target.label, target.entity, stored);
  await work();
  if (stored.length) {
    await tx.run(
      `UNWIND $ids AS id MATCH (n:${target.label} {id: id})
       SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $actor`,
      { ids: stored, now: stamp.now, actor: stamp.actor },
    );
  }
  const after = await snapshotNodes(tx, target.label, target.entity, stored);
  await record(tx, stamp, 'update', before, after);
}

interface DetailsSpec {
  readonly kind: string;
  readonly label: string;
  readonly entity: string;
  /** The field naming the entry, and where entries of its kind are indexed. */
  readonly refField: string;
  readonly index: (state: ImportState) => EntityIndex;
  readonly fields: Readonly<Record<string, FieldCodec>>;
  /** Fields stored as links to regions (`SERVES_AREA`) rather than as properties. */
  readonly areaField?: string;
  /** What a new entry holds before these fields are set (the engine's kind creates it so). */
  readonly defaults?: Readonly<Record<string, unknown>>;
}

interface DetailsWrite {
  readonly id: string;
  readonly props: Record<string, unknown>;
  readonly area: readonly string[] | null;
}

/** A kind that sets more fields of an entry the engine's own kind matched or created. */
function detailsKind(spec: DetailsSpec): ImportKindHandler {
  const properties = Object.keys(spec.fields).filter((field) => field !== spec.areaField);
  const area = spec.areaField
    ? `, ${spec.areaField}: COLLECT { MATCH (n)-[:${Rel.SERVES_AREA}]->(r:${Region}) RETURN r.id ORDER BY r.id }`
    : '';
  const load = `MATCH (n:${spec.label}) RETURN n.id AS id, n {${properties.map((p) => `.${p}`).join(', ')}${area}} AS fields`;
  return {
    kind: spec.kind,
    label: spec.label,

    async load(tx, state) {
      const stored = storedOf(state, spec.kind);
      for (const row of await tx.run<{ id: string; fields: Record<string, unknown> }>(load)) {
        stored.set(row.id, row.fields);
      }
    },

    plan(importRecord, state): PlannedRow {
      const row = new RowBuilder(importRecord);
      const target = referTo(row, spec.index(state), spec.refField, row.required(spec.refField));
      const values = readFields(row, spec.fields);
      if (spec.areaField) {
        // The loaded region names every code it knows; an unknown one comes back as it is.
        const unknown = ((values[spec.areaField] as string[] | undefined) ?? []).filter(
          (code) => state.region.label(code) === code,
        );
        for (const code of unknown) {
          row.refuse(spec.areaField, 'unknown_value', `unknown region '${code}'`, { value: code });
        }
      }
      const label = target?.name ?? `line ${importRecord.ref.line}`;
      if (row.problems.length || !target) {
        return row.finish(spec.kind, label, 'update', { id: null, version: null });
      }
      // A new entry is compared with what its creation gives it, so an empty list is kept too.
      const fields = isNew(target.id)
        ? { ...spec.defaults }
        : storedOf(state, spec.kind).get(target.id);
      const stored: KnownEntity | undefined = fields && { ...target, fields };
      const changed = row.compare(values, stored);
      const { [spec.areaField ?? '']: newArea, ...props } = changed;
      const write: DetailsWrite = {
        id: target.id,
        props,
        area: spec.areaField && newArea !== undefined ? (newArea as string[]) : null,
      };
      const action = isNew(target.id) ? 'create' : row.changes.length ? 'update' : 'unchanged';
      return row.finish(
        spec.kind,
        label,
        action,
        isNew(target.id) ? { id: target.id, version: null } : target,
        write,
      );
    },

    async write(tx, rows, context) {
      const writes = rows.map((row) => {
        const write = row.write as DetailsWrite;
        return { ...write, id: context.resolve(write.id) };
      });
      const stored = rows.flatMap((row) =>
        (row.write as DetailsWrite).id.startsWith('new:') ? [] : [(row.write as DetailsWrite).id],
      );
      await auditedUpdate(tx, context.stamp, spec, stored, async () => {
        await tx.run(
          `UNWIND $rows AS row MATCH (n:${spec.label} {id: row.id}) SET n += row.props
           WITH n, row WHERE row.area IS NOT NULL
           CALL (n, row) {
             OPTIONAL MATCH (n)-[old:${Rel.SERVES_AREA}]->(:${Region})
             DELETE old
             WITH DISTINCT n, row
             UNWIND row.area AS code
             MATCH (r:${Region} {id: code})
             MERGE (n)-[:${Rel.SERVES_AREA}]->(r)
           }`,
          { rows: writes },
        );
      });
    },
  };
}

const accessibility = codes(ACCESSIBILITY_FEATURES);

export const hsdsInstitutionImport = detailsKind({
  kind: 'hsds_institution',
  label: Institution,
  entity: 'Institution',
  refField: 'institution',
  index: (state) => state.institutions,
  defaults: NEW_INSTITUTION_DEFAULTS,
  fields: {
    languages: LIST,
    openingHours: LIST,
    available24x7: FLAG,
    accessibility,
    sourceUrl: TEXT,
    lastVerifiedAt: DATE,
    isFictional: FLAG,
  },
});

export const hsdsServiceImport = detailsKind({
  kind: 'hsds_service',
  label: Service,
  entity: 'Service',
  refField: 'service',
  index: (state) => state.services,
  areaField: 'area',
  defaults: { ...NEW_SERVICE_DEFAULTS, area: [] },
  fields: {
    languages: LIST,
    area: codes((value) => value !== ''),
    openingHours: LIST,
    available24x7: FLAG,
    minAge: COUNT,
    maxAge: COUNT,
    selfReferral: FLAG,
    consentRequired: FLAG,
    cost: code(COSTS),
    accessibility,
    interpreting: FLAG,
    boysMaxAge: COUNT,
    capacityTotal: COUNT,
    capacityFree: COUNT,
    capacityReportedAt: TIMESTAMP,
  },
});

export const hsdsPersonImport = detailsKind({
  kind: 'hsds_person',
  label: Person,
  entity: 'Person',
  refField: 'person',
  index: (state) => state.people,
  fields: { qualifications: codes(QUALIFICATIONS), isFictional: FLAG },
});

interface LinkWrite {
  readonly person: string;
  readonly other: string;
  readonly props: Record<string, unknown>;
}

interface LinkSpec {
  readonly kind: string;
  readonly rel: string;
  readonly otherLabel: string;
  /** The other end, from the row (an institution by HSDS id, a topic by code). */
  readonly other: (row: RowBuilder, state: ImportState) => { id: string; name: string } | undefined;
  readonly fields: Readonly<Record<string, FieldCodec>>;
}

/** A kind that sets a relationship of a person (employment, expertise) and its properties. */
function personLinkKind(spec: LinkSpec): ImportKindHandler {
  const names = Object.keys(spec.fields);
  return {
    kind: spec.kind,
    label: Person,

    async load(tx, state) {
      const stored = storedOf(state, spec.kind);
      const rows = await tx.run<{ key: string; fields: Record<string, unknown> }>(
        `MATCH (p:${Person})-[w:${spec.rel}]->(o:${spec.otherLabel})
         RETURN p.id + ' ' + o.id AS key, w {${names.map((n) => `.${n}`).join(', ')}} AS fields`,
      );
      for (const row of rows) stored.set(row.key, row.fields);
    },

    plan(importRecord, state) {
      const row = new RowBuilder(importRecord);
      const person = referTo(row, state.people, 'person', row.required('person'));
      const other = spec.other(row, state);
      const values = readFields(row, spec.fields);
      const label = `${person?.name ?? '?'} – ${other?.name ?? '?'}`;
      if (row.problems.length || !person || !other) {
        return row.finish(spec.kind, label, 'create', { id: null, version: null });
      }
      const fields = storedOf(state, spec.kind).get(`${person.id} ${other.id}`);
      row.compare(values, fields && { ...person, fields });
      const props = Object.fromEntries(
        names.map((name) => [name, values[name] ?? fields?.[name] ?? null]),
      );
      const write: LinkWrite = { person: person.id, other: other.id, props };
      const action = !fields ? 'create' : row.changes.length ? 'update' : 'unchanged';
      return row.finish(
        spec.kind,
        label,
        action,
        isNew(person.id) ? { id: person.id, version: null } : person,
        write,
      );
    },

    async write(tx, rows, context) {
      const writes = rows.map((row) => {
        const write = row.write as LinkWrite;
        return {
          ...write,
          person: context.resolve(write.person),
          other: context.resolve(write.other),
        };
      });
      await auditedUpdate(
        tx,
        context.stamp,
        { label: Person, entity: 'Person' },
        writes.map((w) => w.person),
        () =>
          tx.run(
            `UNWIND $rows AS row
           MATCH (p:${Person} {id: row.person}), (o:${spec.otherLabel} {id: row.other})
           MERGE (p)-[w:${spec.rel}]->(o)
           SET w += row.props`,
            { rows: writes },
          ),
      );
    },
  };
}

export const hsdsEmploymentImport = personLinkKind({
  kind: 'hsds_employment',
  rel: Rel.WORKS_AT,
  otherLabel: Institution,
  other: (row, state) =>
    referTo(row, state.institutions, 'institution', row.required('institution')),
  fields: { role: TEXT, since: DATE },
});

export const hsdsExpertiseImport = personLinkKind({
  kind: 'hsds_expertise',
  rel: Rel.HAS_EXPERTISE,
  otherLabel: Topic,
  other: (row) => {
    const topic = row.required('topic');
    if (topic === undefined) return undefined;
    if (!isTopicCode(topic)) {
      row.refuse('topic', 'unknown_value', `unknown topic '${topic}'`, { value: topic });
      return undefined;
    }
    return { id: topic, name: topic };
  },
  fields: {
    level: code(EXPERTISE_LEVELS),
    qualification: code(QUALIFICATIONS),
    since: DATE,
    validUntil: DATE,
  },
});
