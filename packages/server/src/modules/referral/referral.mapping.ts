import { computed, defineMapping, entriesOf, properties, related } from '../../compiler/mapping';
import { ReferenceService } from '../reference/reference.service';
import { pathRecord, toPath } from './referral.repository';
import { routeTemplateView } from './referral.service';

type V = { a: string; r: string; b: string };

const reference = new ReferenceService();

/** Referral path fields (a `REFERS_TO` relationship and its ends) for compiled reads. */
export const REFERRAL_PATH_MAPPING = defineMapping<V>({
  type: 'ReferralPath',
  root: { a: 'a', r: 'r', b: 'b' },
  record: { cypher: (v) => pathRecord(v.a, v.r, v.b), toRecord: toPath },
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
    createdAt: computed((v) => `coalesce(${v.r}.createdAt, ${v.a}.createdAt)`),
    updatedAt: computed((v) => `coalesce(${v.r}.updatedAt, ${v.r}.createdAt, ${v.a}.updatedAt)`),
    version: computed((v) => `coalesce(${v.r}.version, 1)`),
    updatedBy: computed((v) => `coalesce(${v.r}.updatedBy, ${v.a}.updatedBy)`),
    topics: computed(
      (v) => `coalesce(${v.r}.topics, [])`,
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
