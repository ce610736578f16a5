import type { ReferralPathData, InstitutionKindCode } from '@schutznetz/domain';
import type { NodeRecord } from '../../records';
import {
  computed,
  defineMapping,
  entriesOf,
  properties,
  recordOf,
  related,
  valuesOf,
  type Expression,
} from '../../compiler/mapping';
import { ReferenceService } from '../reference/reference.service';
import { routeTemplateView } from './referral.templates';

/**
 * A referral path as stored: a `REFERS_TO` relationship with its own id and bookkeeping, plus
 * the kinds of its ends (the route-template rules need them). Its sort key is its id.
 */
export type ReferralPathRecord = ReferralPathData &
  NodeRecord & {
    readonly fromKind: InstitutionKindCode;
    readonly toKind: InstitutionKindCode;
  };

type V = { a: string; r: string; b: string };

const reference = new ReferenceService();

/**
 * What a path's record and fields share. Paths written by the seed carry no bookkeeping of their
 * own; they were written together with their institutions, whose timestamps stand in.
 */
const bookkeeping: Record<string, Expression<V>> = {
  createdAt: (v) => `coalesce(${v.r}.createdAt, ${v.a}.createdAt)`,
  updatedAt: (v) => `coalesce(${v.r}.updatedAt, ${v.r}.createdAt, ${v.a}.updatedAt)`,
  version: (v) => `coalesce(${v.r}.version, 1)`,
  updatedBy: (v) => `coalesce(${v.r}.updatedBy, ${v.a}.updatedBy)`,
};
const topicCodes: Expression<V> = (v) => `coalesce(${v.r}.topics, [])`;

/** The stored record of the path `r` from the institution `a` to the institution `b`. */
export const pathRecord = recordOf<V>(
  { variable: 'r' },
  {
    fromId: (v) => `${v.a}.id`,
    toId: (v) => `${v.b}.id`,
    fromKind: (v) => `${v.a}.kind`,
    toKind: (v) => `${v.b}.kind`,
    sortKey: (v) => `${v.r}.id`,
    topics: topicCodes,
    ...bookkeeping,
  },
);

export interface PathRow extends Omit<
  ReferralPathRecord,
  'routeTemplate' | 'responseHours' | 'conditions'
> {
  routeTemplate?: ReferralPathRecord['routeTemplate'];
  responseHours?: number | null;
  conditions?: string | null;
}

// Null properties are not stored: absent ones come back as null.
export function toPath(row: PathRow): ReferralPathRecord {
  return {
    ...row,
    routeTemplate: row.routeTemplate ?? null,
    responseHours: row.responseHours ?? null,
    conditions: row.conditions ?? null,
  };
}

/** Referral path fields (a `REFERS_TO` relationship and its ends) for compiled reads. */
export const REFERRAL_PATH_MAPPING = defineMapping<V>({
  type: 'ReferralPath',
  root: { a: 'a', r: 'r', b: 'b' },
  record: { cypher: pathRecord, toRecord: toPath },
  cursor: (v) => ({ sortKey: `${v.r}.id`, id: `${v.r}.id` }),
  fields: {
    ...properties<V>('r', [
      'id',
      'consent',
      'dataMode',
      'urgency',
      'responseHours',
      'formalAgreement',
      'afterHours',
      'conditions',
    ]),
    ...valuesOf(bookkeeping),
    topics: computed(
      topicCodes,
      entriesOf((id) => reference.findTopic(id)),
    ),
    routeTemplate: computed(
      (v) => `${v.r}.routeTemplate`,
      (id) => routeTemplateView(id as string | null),
    ),
    from: related('Institution', false, (v) => ({ bind: { n: v.a } })),
    to: related('Institution', false, (v) => ({ bind: { n: v.b } })),
  },
});
