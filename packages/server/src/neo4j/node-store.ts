import { InvalidInputError } from '../errors';
import type { Page, PageRequest } from '../pagination';
import type { Neo4jExecutor, TxRunner } from './executor';
import { fullTextQuery, MATCH_FULL_TEXT, pageCypher, readPage } from './paging';
import { audited, type AuditTarget } from './audit';
import { creationMeta, lockVersion } from './writes';

/**
 * A relationship kept as a list of ids on the record: `(n)-[:rel]->(target {id})` for 'out',
 * `(target)-[:rel]->(n)` for 'in'. `targets` is a label expression of constants.
 */
export interface LinkSpec {
  readonly field: string;
  /** Name of the input field the ids come from, for errors (defaults to `field`). */
  readonly inputField?: string;
  readonly rel: string;
  readonly targets: readonly string[];
  readonly direction: 'out' | 'in';
}

/** What a node kind needs for the generic store: constants only, never user input. */
export interface NodeStoreSpec {
  readonly label: string;
  /** Name used in error messages, e.g. "Meeting". */
  readonly entity: string;
  readonly links: readonly LinkSpec[];
  /** Filter predicates on `n`, keyed by filter field; values come as parameters of that name. */
  readonly conditions: Readonly<Record<string, string>>;
}

/** `(n)-[r:REL]->(t)` or `(t)-[r:REL]->(n)`. */
function arrow(link: LinkSpec, variable = ''): string {
  return link.direction === 'out'
    ? `(n)-[${variable}:${link.rel}]->(t)`
    : `(t)-[${variable}:${link.rel}]->(n)`;
}

function targetIs(link: LinkSpec): string {
  return link.targets.map((label) => `t:${label}`).join(' OR ');
}

/** Finds `t` by id through the unique index of each possible label. */
export function matchById(
  variable: string,
  idExpression: string,
  labels: readonly string[],
): string {
  // The subquery imports the variable the id comes from (`row` of `row.memberId`), not parameters.
  const scope = idExpression.startsWith('$') ? '' : (idExpression.split('.')[0] ?? '');
  return `CALL (${scope}) { ${labels
    .map((label) => `MATCH (${variable}:${label} {id: ${idExpression}}) RETURN ${variable}`)
    .join(' UNION ')} }`;
}

function statements(spec: NodeStoreSpec) {
  const { label, links } = spec;
  const projection = `n {.*${links
    .map((link) => `, ${link.field}: [${arrow(link)} WHERE ${targetIs(link)} | t.id]`)
    .join('')}}`;
  const replaceLink = (link: LinkSpec) => `
MATCH (n:${label} {id: $id})
CALL (n) { MATCH ${arrow(link, 'r')} WHERE ${targetIs(link)} DELETE r }
WITH n
UNWIND $ids AS targetId
${matchById('t', 'targetId', link.targets)}
MERGE ${arrow(link)}
RETURN count(t) AS linked`;
  return {
    projection,
    findByIds: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${projection} AS node`,
    create: `CREATE (n:${label}) SET n = $props RETURN n.id AS id`,
    update: `MATCH (n:${label} {id: $id}) SET n += $props, n.version = n.version + 1 RETURN n.id AS id`,
    delete: `MATCH (n:${label} {id: $id}) DETACH DELETE n`,
    replaceLinks: new Map(links.map((link) => [link.field, replaceLink(link)])),
    byLinked: new Map(
      links.map((link) => [
        link.field,
        `UNWIND $ids AS key
${matchById('t', 'key', link.targets)}
MATCH ${arrow(link)} WHERE n:${label}
WITH key, n ORDER BY n.sortKey, n.id
RETURN key, collect(${projection}) AS items`,
      ]),
    ),
    matchAll: `MATCH (n:${label})`,
    matchText: MATCH_FULL_TEXT,
    isLabel: `n:${label}`,
  };
}

/** Statements per spec: specs are module constants, and stores are made for every request. */
const statementsBySpec = new WeakMap<NodeStoreSpec, ReturnType<typeof statements>>();

function statementsOf(spec: NodeStoreSpec): ReturnType<typeof statements> {
  let known = statementsBySpec.get(spec);
  if (!known) {
    known = statements(spec);
    statementsBySpec.set(spec, known);
  }
  return known;
}

/**
 * Generic reads and writes of a node kind whose relationships are id lists: one round trip per
 * page or batch; writes in one transaction, with optimistic concurrency on `version`.
 */
export class NodeStore<T extends { id: string }> {
  private readonly cypher: ReturnType<typeof statements>;

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly spec: NodeStoreSpec,
  ) {
    this.cypher = statementsOf(spec);
  }

  findPage(filter: object & { readonly text?: string }, page: PageRequest): Promise<Page<T>> {
    const values = filter as Readonly<Record<string, unknown>>;
    const conditions = Object.entries(this.spec.conditions)
      .filter(([key]) => {
        const value = values[key];
        return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null;
      })
      .map(([, condition]) => condition);
    const text = filter.text ? fullTextQuery(filter.text) : '';
    // A text set with no searchable word matches nothing (MATCH_FULL_TEXT), not everything.
    const statement = filter.text
      ? pageCypher(
          this.cypher.matchText,
          [this.cypher.isLabel, ...conditions],
          this.cypher.projection,
        )
      : pageCypher(this.cypher.matchAll, conditions, this.cypher.projection);
    return readPage(this.executor, statement, { ...filter, text }, page, (row: T) => row);
  }

  /** For each target id, the nodes linked to it through `field` (one round trip for all). */
  async findByLinked(field: string, ids: readonly string[]): Promise<Map<string, T[]>> {
    const statement = this.cypher.byLinked.get(field);
    if (!statement) throw new Error(`${this.spec.entity} has no link ${field}`);
    const rows = await this.executor.read<{ key: string; items: T[] }>(statement, { ids });
    return new Map(rows.map((row) => [row.key, row.items]));
  }

  async findByIds(ids: readonly string[]): Promise<T[]> {
    const rows = await this.executor.read<{ node: T }>(this.cypher.findByIds, { ids });
    return rows.map((row) => row.node);
  }

  private async writeLinks(
    tx: TxRunner,
    id: string,
    links: Readonly<Record<string, readonly string[] | undefined>>,
  ): Promise<void> {
    for (const [field, ids] of Object.entries(links)) {
      const statement = this.cypher.replaceLinks.get(field);
      if (!statement || ids === undefined) continue;
      const unique = [...new Set(ids)];
      const [row] = await tx.run<{ linked: number }>(statement, { id, ids: unique });
      if ((row?.linked ?? 0) !== unique.length) {
        const link = this.spec.links.find((candidate) => candidate.field === field);
        throw InvalidInputError.forField(
          link?.inputField ?? field,
          'contains an id that does not exist',
        );
      }
    }
  }

  private async readOne(tx: TxRunner, id: string): Promise<T> {
    const [row] = await tx.run<{ node: T }>(this.cypher.findByIds, { ids: [id] });
    if (!row) throw new Error(`${this.spec.entity} ${id} vanished inside its own transaction`);
    return row.node;
  }

  create(
    id: string,
    properties: Readonly<Record<string, unknown>>,
    links: Readonly<Record<string, readonly string[] | undefined>>,
    now: string,
    actor: string,
  ): Promise<T> {
    return this.executor.writeTransaction((tx) =>
      audited(tx, { now, actor }, 'create', this.audit(id), async () => {
        await tx.run(this.cypher.create, {
          props: { ...properties, id, ...creationMeta(now, actor) },
        });
        await this.writeLinks(tx, id, links);
        return this.readOne(tx, id);
      }),
    );
  }

  update(
    id: string,
    version: number,
    properties: Readonly<Record<string, unknown>>,
    links: Readonly<Record<string, readonly string[] | undefined>>,
    now: string,
    actor: string,
  ): Promise<T> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, this.spec.label, this.spec.entity, id, version);
      return audited(tx, { now, actor }, 'update', this.audit(id), async () => {
        await tx.run(this.cypher.update, {
          id,
          props: { ...properties, updatedAt: now, updatedBy: actor },
        });
        await this.writeLinks(tx, id, links);
        return this.readOne(tx, id);
      });
    });
  }

  delete(id: string, version: number, now: string, actor: string): Promise<void> {
    return this.executor.writeTransaction(async (tx) => {
      await lockVersion(tx, this.spec.label, this.spec.entity, id, version);
      await audited(tx, { now, actor }, 'delete', this.audit(id), () =>
        tx.run(this.cypher.delete, { id }),
      );
    });
  }

  private audit(id: string): AuditTarget {
    return { entity: this.spec.entity, label: this.spec.label, id };
  }
}
