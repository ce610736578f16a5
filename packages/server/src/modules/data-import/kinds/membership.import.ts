import { isIsoDate, Label } from '@schutznetz/domain';
import { loadNetworks, setMemberships } from '../data-import.repository';
import { refuseRepeated, RowBuilder, textOf } from '../data-import.rows';
import type { ImportKindHandler, KnownEntity } from '../data-import.types';
import { foldText, VALUE_LOOKUPS } from '../data-import.values';
import { referTo } from './service.import';

interface MembershipWrite {
  readonly network: string;
  readonly member: string;
  readonly role: string;
  readonly since: string | null;
}

/** A date as YYYY-MM-DD, also from the German 01.02.2024. */
function isoDate(value: string | undefined): string | undefined {
  const german = value && /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (german) {
    const [, day, month, year] = german;
    return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  }
  return value;
}

/**
 * Memberships of institutions or people in networks. A membership is part of its network: the
 * network is the entry whose version a commit checks and whose history records the change.
 */
export const membershipImport: ImportKindHandler = {
  kind: 'membership',
  label: Label.Network,

  async load(tx, state) {
    for (const row of await loadNetworks(tx)) {
      const name = textOf(row.fields['name']);
      state.networks.add({ ...row, name }, foldText(name));
      const members = row.fields['members'] as {
        member: string;
        role: string;
        since: string | null;
      }[];
      for (const member of members) {
        state.memberships.set(`${row.id} ${member.member}`, {
          role: member.role,
          since: member.since ?? null,
        });
      }
    }
  },

  plan(record, state) {
    const row = new RowBuilder(record);
    const network = referTo(row, state.networks, 'network', row.required('network'));
    const institutionText = row.text('institution');
    const personText = row.text('person');
    let member: KnownEntity | undefined;
    if (institutionText && personText) {
      row.refuse('person', 'one_member', 'name either an institution or a person, not both');
    } else if (institutionText) {
      member = referTo(row, state.institutions, 'institution', institutionText);
    } else if (personText) {
      member = referTo(row, state.people, 'person', personText);
    } else {
      row.refuse('institution', 'required', 'must not be empty (or name a person)');
    }
    const roleText = row.text('role');
    const role = roleText === undefined ? 'member' : row.code('role', VALUE_LOOKUPS.role, roleText);
    const since = isoDate(row.text('since'));
    if (since !== undefined && !isIsoDate(since)) {
      row.refuse('since', 'invalid', 'must be a date as YYYY-MM-DD or DD.MM.YYYY', {
        value: since,
      });
    }
    const label = `${member?.name ?? institutionText ?? personText ?? '?'} – ${network?.name ?? '?'}`;
    if (network && member) refuseRepeated(row, state, [`membership|${network.id}|${member.id}`]);
    if (row.problems.length || !network || !member || !role) {
      return row.finish('membership', label, 'create', { id: null, version: null });
    }
    const current = state.memberships.get(`${network.id} ${member.id}`);
    const values = { role, since };
    const stored = current && {
      ...network,
      fields: { role: current.role, since: current.since },
    };
    row.compare(values, stored);
    const write: MembershipWrite = {
      network: network.id,
      member: member.id,
      role,
      since: since ?? current?.since ?? null,
    };
    const action = !current ? 'create' : row.changes.length ? 'update' : 'unchanged';
    return row.finish('membership', label, action, network, write);
  },

  async write(tx, rows, context) {
    const memberships = rows.map((row) => {
      const write = row.write as MembershipWrite;
      return { ...write, member: context.resolve(write.member) };
    });
    if (memberships.length) await setMemberships(tx, context.stamp, memberships);
  },
};
