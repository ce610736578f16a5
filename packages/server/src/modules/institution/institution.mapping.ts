import { Label, Rel, type InstitutionData } from '@schutznetz/domain';
import {
  computed,
  defineMapping,
  properties,
  recordOf,
  related,
  type Expression,
} from '../../compiler/mapping';
import { decodeOpeningHours, NODE_BOOKKEEPING, type NodeRecord } from '../../records';
import { memberships } from '../network/network.mapping';
import { ReferenceService } from '../reference/reference.service';

/** An institution as stored, with its bookkeeping. */
export type InstitutionRecord = InstitutionData & NodeRecord;

const { Institution, Person, Region, Service } = Label;
const { LOCATED_IN, WORKS_AT, OFFERS, REFERS_TO } = Rel;

type V = { n: string };

const reference = new ReferenceService();

/** The code of the municipality the institution is located in. */
const municipalityCode: Expression<V> = (v, names) => {
  const region = names.fresh();
  return `head([(${v.n})-[:${LOCATED_IN}]->(${region}:${Region}) | ${region}.id])`;
};

/** The stored record of the institution bound to `n`, as every read returns it. */
export const institutionRecord = recordOf<V>({ variable: 'n' }, { municipality: municipalityCode });

/** An institution as the record's Cypher map holds it: opening hours still encoded. */
export interface InstitutionRow extends Omit<InstitutionRecord, 'openingHours'> {
  openingHours: string[];
}

export function toInstitution(row: InstitutionRow): InstitutionRecord {
  return { ...row, openingHours: decodeOpeningHours(row.openingHours) };
}

/** Institution fields in Cypher for compiled reads (src/compiler); orders as the loaders'. */
export const INSTITUTION_MAPPING = defineMapping<V>({
  type: 'Institution',
  root: { n: 'n' },
  record: { cypher: institutionRecord, toRecord: toInstitution },
  cursor: (v) => ({ sortKey: `${v.n}.sortKey`, id: `${v.n}.id` }),
  fields: {
    ...properties<V>('n', [
      'id',
      'name',
      'kind',
      'operator',
      'street',
      'postalCode',
      'phone',
      'email',
      'website',
      'available24x7',
      'languages',
      'accessibility',
      'sourceUrl',
      'lastVerifiedAt',
      'isFictional',
      ...NODE_BOOKKEEPING,
    ]),
    openingHours: computed(
      (v) => `${v.n}.openingHours`,
      (stored) => decodeOpeningHours(stored as string[] | null),
    ),
    municipality: computed(municipalityCode, (code) => reference.findRegion(code as string)),
    people: related('Employment', true, (v, scope) => {
      const [w, p] = [scope.fresh(), scope.fresh()];
      return {
        match: `(${p}:${Person})-[${w}:${WORKS_AT}]->(${v.n})`,
        orderBy: `${p}.sortKey, ${p}.id`,
        bind: { w, p, i: v.n },
      };
    }),
    services: related('Service', true, (v, scope) => {
      const s = scope.fresh();
      return {
        match: `(${v.n})-[:${OFFERS}]->(${s}:${Service})`,
        orderBy: `${s}.sortKey, ${s}.id`,
        bind: { n: s },
      };
    }),
    networks: memberships,
    referralsOut: related('ReferralPath', true, (v, scope) => {
      const [r, b] = [scope.fresh(), scope.fresh()];
      return {
        match: `(${v.n})-[${r}:${REFERS_TO}]->(${b}:${Institution})`,
        orderBy: `${r}.id`,
        bind: { a: v.n, r, b },
      };
    }),
    referralsIn: related('ReferralPath', true, (v, scope) => {
      const [a, r] = [scope.fresh(), scope.fresh()];
      return {
        match: `(${a}:${Institution})-[${r}:${REFERS_TO}]->(${v.n})`,
        orderBy: `${r}.id`,
        bind: { a, r, b: v.n },
      };
    }),
  },
});
