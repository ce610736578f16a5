/**
 * Import kinds for the extension's networks (with their members) and referral paths. A network
 * is matched by its HSDS id (stored as external id), else by its name; its members are part of
 * it (as in the forms): members the file names are added or their role and date set, members it
 * does not name stay. A referral path is matched by HSDS id, else by its ends and route template;
 * it is version-checked through the institution it starts at.
 */
import { randomUUID } from 'node:crypto';
import {
  isNetworkKindCode,
  isReferralRouteId,
  isTopicCode,
  Label,
  MEMBERSHIP_ROLES,
  NETWORK_KINDS,
  Rel,
} from '@schutznetz/domain';
import { audited } from '../../neo4j/audit';
import { record } from '../../neo4j/audit/record';
import { snapshotNodes } from '../../neo4j/audit/snapshot';
import { creationMeta } from '../../neo4j/writes';
import { nameSortKey } from '../../records';
import { foldText, RowBuilder, type ImportKindHandler, type KnownEntity } from '../data-import';
import { referTo } from '../data-import/kinds/service.import';
import { auditedUpdate } from './hsds.import-details';
import { code, codes, COUNT, FLAG, readFields, TEXT } from './hsds.import-fields';

const { Institution, Person, Network, Region } = Label;
const { MEMBER_OF, SERVES_AREA, REFERS_TO } = Rel;

interface Member {
  readonly id: string;
  readonly role: string;
  readonly since: string | null;
}

interface NetworkWrite {
  readonly id: string;
  readonly props: Record<string, unknown>;
  readonly area: readonly string[] | null;
  readonly members: readonly Member[];
}

const LOAD_NETWORKS = `
MATCH (n:${Network})
RETURN n.id AS id, n.version AS version, n.updatedAt AS updatedAt, n.updatedBy AS updatedBy,
  n.externalId AS externalId,
  n {.name, .kind, .description, .externalId,
     area: COLLECT { MATCH (n)-[:${SERVES_AREA}]->(r:${Region}) RETURN r.id ORDER BY r.id },
     members: [(m)-[r:${MEMBER_OF}]->(n) | m.id + '|' + r.role + '|' + coalesce(r.since, '')]} AS fields`;

/** `organization|<hsds id>|<role>|<since>` as the member it names, refusing what does not fit. */
function memberOf(
  row: RowBuilder,
  value: string,
  state: Parameters<ImportKindHandler['plan']>[1],
): Member | undefined {
  const [type, id = '', role = '', since = ''] = value.split('|');
  const index = type === 'person' ? state.people : state.institutions;
  const member = referTo(row, index, 'members', id);
  if (!MEMBERSHIP_ROLES.includes(role as (typeof MEMBERSHIP_ROLES)[number])) {
    row.refuse('members', 'unknown_value', `unknown role '${role}'`, { value: role });
  }
  return member && { id: member.id, role, since: since || null };
}

/** Networks with their area and members. */
export const hsdsNetworkImport: ImportKindHandler = {
  kind: 'hsds_network',
  label: Network,

  async load(tx, state) {
    const rows = await tx.run<KnownEntity & { fields: Record<string, unknown> }>(LOAD_NETWORKS);
    for (const row of rows) {
      const stored = row.fields['name'];
      const name = typeof stored === 'string' ? stored : '';
      state.networks.add({ ...row, name }, foldText(name));
    }
  },

  plan(importRecord, state) {
    const row = new RowBuilder(importRecord);
    const externalId = row.text('externalId');
    const name = row.required('name');
    const values = readFields(row, {
      kind: code(NETWORK_KINDS.map((kind) => kind.code)),
      description: TEXT,
      area: codes((value) => state.region.label(value) !== value),
    });
    const kind = values['kind'];
    if (kind === undefined && !row.problems.some((p) => p.field === 'kind')) {
      row.refuse('kind', 'required', 'must not be empty');
    }
    const members = (row.list('members') ?? []).flatMap(
      (value) => memberOf(row, value, state) ?? [],
    );
    const label = name ?? `line ${importRecord.ref.line}`;
    const stored =
      (externalId ? state.networks.byExternalId(externalId) : undefined) ??
      (name
        ? state.networks
            .withKey(foldText(name))
            .find((n) => !n.externalId || n.externalId === externalId)
        : undefined);
    if (row.problems.length || name === undefined || !isNetworkKindCode(kind)) {
      return row.finish('hsds_network', label, 'create', { id: null, version: null });
    }
    const storedMembers = new Set((stored?.fields['members'] as string[] | undefined) ?? []);
    const missing = members.filter((m) => !storedMembers.has(`${m.id}|${m.role}|${m.since ?? ''}`));
    const changed = row.compare({ name, externalId, ...values }, stored);
    if (missing.length) {
      row.changes.push({
        field: 'members',
        before: null,
        after: missing.map((m) => state.find(m.id)?.name ?? m.id).join(', '),
      });
    }
    const { area, ...props } = changed;
    const write: NetworkWrite = {
      id: stored?.id ?? state.placeholder('network'),
      props: { ...props, ...(props['name'] ? { sortKey: nameSortKey(name) } : {}) },
      area: area === undefined ? null : (area as string[]),
      members: missing,
    };
    if (stored) {
      return row.finish(
        'hsds_network',
        label,
        row.changes.length ? 'update' : 'unchanged',
        stored,
        write,
      );
    }
    state.networks.add(
      {
        id: write.id,
        version: 0,
        updatedAt: '',
        updatedBy: '',
        name,
        externalId: externalId ?? null,
        fields: {},
      },
      foldText(name),
    );
    return row.finish(
      'hsds_network',
      label,
      'create',
      { id: write.id, version: null },
      {
        ...write,
        props: { description: null, ...write.props },
        area: write.area ?? [],
      },
    );
  },

  async write(tx, rows, context) {
    const { stamp } = context;
    const writes = rows.map((row) => {
      const write = row.write as NetworkWrite;
      const id = write.id.startsWith('new:') ? `net:${randomUUID()}` : write.id;
      if (id !== write.id) context.assign(write.id, id);
      return { ...write, id, isNew: id !== write.id };
    });
    const created = writes.filter((w) => w.isNew);
    await tx.run(`UNWIND $rows AS row CREATE (n:${Network}) SET n = row.props`, {
      rows: created.map((w) => ({
        props: { ...w.props, id: w.id, ...creationMeta(stamp.now, stamp.actor) },
      })),
    });
    const link = async () => {
      await tx.run(
        `UNWIND $rows AS row MATCH (n:${Network} {id: row.id})
         SET n += CASE WHEN row.isNew THEN {} ELSE row.props END
         WITH n, row WHERE row.area IS NOT NULL
         OPTIONAL MATCH (n)-[old:${SERVES_AREA}]->(:${Region})
         DELETE old
         WITH DISTINCT n, row
         UNWIND row.area AS code
         MATCH (r:${Region} {id: code})
         MERGE (n)-[:${SERVES_AREA}]->(r)`,
        { rows: writes },
      );
      const members = writes.flatMap((w) =>
        w.members.map((m) => ({ ...m, network: w.id, id: context.resolve(m.id) })),
      );
      await tx.run(
        `UNWIND $rows AS row
         MATCH (n:${Network} {id: row.network})
         CALL (row) {
           MATCH (m:${Institution} {id: row.id}) RETURN m
           UNION
           MATCH (m:${Person} {id: row.id}) RETURN m
         }
         MERGE (m)-[r:${MEMBER_OF}]->(n)
         SET r.role = row.role, r.since = row.since`,
        { rows: members },
      );
    };
    const stored = writes.filter((w) => !w.isNew).map((w) => w.id);
    await auditedUpdate(tx, stamp, { label: Network, entity: 'Network' }, stored, link);
    const createdIds = created.map((w) => w.id);
    await record(tx, stamp, 'create', [], await snapshotNodes(tx, Network, 'Network', createdIds));
  },
};

interface PathWrite {
  readonly id: string | null;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
}

const LOAD_PATHS = `
MATCH (a:${Institution})-[r:${REFERS_TO}]->(b:${Institution})
RETURN r.id AS id, a.id + '|' + b.id + '|' + coalesce(r.routeTemplate, '') AS key,
  r {.externalId, .routeTemplate, .topics, .urgency, .responseHours, .afterHours, .consent,
     .dataMode, .formalAgreement, .conditions} AS fields`;

const stored = new WeakMap<
  object,
  {
    byExternal: Map<string, { id: string; fields: Record<string, unknown> }>;
    byKey: Map<string, { id: string; fields: Record<string, unknown> }[]>;
  }
>();

/** Referral paths between institutions. */
export const hsdsReferralPathImport: ImportKindHandler = {
  kind: 'hsds_referral_path',
  label: Institution,

  async load(tx, state) {
    const byExternal = new Map<string, { id: string; fields: Record<string, unknown> }>();
    const byKey = new Map<string, { id: string; fields: Record<string, unknown> }[]>();
    for (const row of await tx.run<{ id: string; key: string; fields: Record<string, unknown> }>(
      LOAD_PATHS,
    )) {
      const externalId = row.fields['externalId'];
      if (typeof externalId === 'string') byExternal.set(externalId, row);
      byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    }
    stored.set(state, { byExternal, byKey });
  },

  plan(importRecord, state) {
    const row = new RowBuilder(importRecord);
    const externalId = row.text('externalId');
    const from = referTo(row, state.institutions, 'from', row.required('from'));
    const to = referTo(row, state.institutions, 'to', row.required('to'));
    const values = readFields(row, {
      routeTemplate: TEXT,
      topics: codes((value) => isTopicCode(value)),
      urgency: code(['immediate', 'same_day', 'days', 'weeks']),
      responseHours: COUNT,
      afterHours: code(['available_24_7', 'next_working_day', 'not_applicable', 'unknown']),
      consent: code([
        'required',
        'not_required',
        'inform_before',
        'not_applicable',
        'legal_basis_required',
      ]),
      dataMode: code(['none', 'pseudonymised', 'identified_with_consent', 'identified_by_law']),
      formalAgreement: FLAG,
      conditions: TEXT,
    });
    const template = values['routeTemplate'];
    if (typeof template === 'string' && !isReferralRouteId(template)) {
      row.refuse('routeTemplate', 'unknown_value', `unknown route template '${template}'`, {
        value: template,
      });
    }
    const label = `${from?.name ?? '?'} → ${to?.name ?? '?'}`;
    if (row.problems.length || !from || !to) {
      return row.finish('hsds_referral_path', label, 'create', { id: null, version: null });
    }
    const known = stored.get(state);
    const key = `${from.id}|${to.id}|${typeof template === 'string' ? template : ''}`;
    const match =
      (externalId ? known?.byExternal.get(externalId) : undefined) ??
      known?.byKey
        .get(key)
        ?.find((p) => !p.fields['externalId'] || p.fields['externalId'] === externalId);
    const changed = row.compare(
      { externalId, ...values },
      match && { ...from, fields: match.fields },
    );
    const write: PathWrite = { id: match?.id ?? null, from: from.id, to: to.id, props: changed };
    const entity = from.id.startsWith('new:') ? { id: from.id, version: null } : from;
    const action = !match ? 'create' : row.changes.length ? 'update' : 'unchanged';
    return row.finish('hsds_referral_path', label, action, entity, write);
  },

  async write(tx, rows, context) {
    const { stamp } = context;
    const writes = rows.map((row) => {
      const write = row.write as PathWrite;
      return { ...write, from: context.resolve(write.from), to: context.resolve(write.to) };
    });
    const creates = writes
      .filter((w) => w.id === null)
      .map((w) => {
        const id = `ref:${randomUUID()}`;
        const props = {
          routeTemplate: null,
          topics: [],
          responseHours: null,
          formalAgreement: false,
          afterHours: 'unknown',
          conditions: null,
          consent: 'required',
          dataMode: 'none',
          ...w.props,
          id,
          ...creationMeta(stamp.now, stamp.actor),
        };
        return { ...w, id, props };
      });
    const target = (id: string) => ({
      entity: 'ReferralPath',
      label: REFERS_TO,
      id,
      relationship: true,
    });
    if (creates.length) {
      await audited(
        tx,
        stamp,
        'create',
        creates.map((c) => target(c.id)),
        () =>
          tx.run(
            `UNWIND $rows AS row
           MATCH (a:${Institution} {id: row.from}), (b:${Institution} {id: row.to})
           CREATE (a)-[r:${REFERS_TO}]->(b) SET r = row.props`,
            { rows: creates },
          ),
      );
    }
    const updates = writes.filter((w) => w.id !== null);
    if (updates.length) {
      await audited(
        tx,
        stamp,
        'update',
        updates.map((u) => target(u.id ?? '')),
        () =>
          tx.run(
            `UNWIND $rows AS row
           MATCH (:${Institution})-[r:${REFERS_TO} {id: row.id}]->(:${Institution})
           SET r += row.props, r.version = coalesce(r.version, 1) + 1,
               r.updatedAt = $now, r.updatedBy = $actor`,
            { rows: updates, now: stamp.now, actor: stamp.actor },
          ),
      );
    }
  },
};
