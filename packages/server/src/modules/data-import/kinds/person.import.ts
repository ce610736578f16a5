import { randomUUID } from 'node:crypto';
import { Label } from '@schutznetz/domain';
import { InvalidInputError } from '../../../errors';
import { creationMeta } from '../../../neo4j/writes';
import { CreatePersonInput } from '../../person/person.input';
import { checkChanges as checkPersonRules } from '../../person/person.service';
import { personSortKey } from '../../seed/seed.service';
import { checkLikeForm } from '../data-import.forms';
import { createPeople, loadPeople, updatePeople } from '../data-import.repository';
import { matchEntity, refuseRepeated, RowBuilder, textOf } from '../data-import.rows';
import type { ImportKindHandler, KnownEntity } from '../data-import.types';
import { foldText, VALUE_LOOKUPS } from '../data-import.values';
import { referTo } from './service.import';

/** A person's name as the list shows it: given and family name, or the function of a role contact. */
const personName = (given?: string | null, family?: string | null, title?: string | null) =>
  [given, family].filter(Boolean).join(' ') || (title ?? '');

/** People are matched by external id, else by name (or function) and the institution they work at. */
const personKey = (name: string, institution: string | undefined): string =>
  `${foldText(name)}|${institution ?? ''}`;

interface PersonWrite {
  readonly props: Record<string, unknown>;
  readonly institution: string | null;
  readonly role: string | null;
}

const TEXTS = ['givenName', 'familyName', 'functionTitle', 'email', 'phone'] as const;

/** People (professionals and role contacts) and where they work. */
export const personImport: ImportKindHandler = {
  kind: 'person',
  label: Label.Person,

  async load(tx, state) {
    for (const row of await loadPeople(tx)) {
      const f = row.fields;
      const name = personName(
        f['givenName'] as string | null,
        f['familyName'] as string | null,
        f['functionTitle'] as string | null,
      );
      const institutions = (f['institutions'] as string[] | null) ?? [];
      const entity = { ...row, name };
      // A person is found under each institution they work at, and without one.
      for (const institution of [...institutions, undefined]) {
        state.people.add(entity, personKey(name, institution));
      }
    }
  },

  plan(record, state) {
    const row = new RowBuilder(record);
    const externalId = row.text('externalId');
    const texts = Object.fromEntries(TEXTS.map((field) => [field, row.text(field)])) as Record<
      (typeof TEXTS)[number],
      string | undefined
    >;
    row.required('functionTitle');
    const institution = referTo(row, state.institutions, 'institution', row.text('institution'));
    const languages = row.codes('languages', VALUE_LOOKUPS.languages);
    const named = Boolean(texts.givenName ?? texts.familyName);
    let listingBasis = row.code('listingBasis', VALUE_LOOKUPS.listingBasis);
    if (listingBasis === undefined && row.text('listingBasis') === undefined) {
      listingBasis = named ? 'public_function' : 'role_contact';
      if (named) {
        row.warn(
          'listingBasis',
          'listing_basis_assumed',
          'no basis given: listed for a public function',
        );
      }
    }
    const form = checkLikeForm(CreatePersonInput, {
      ...texts,
      listingBasis,
    });
    row.refuseForm(form.problems);
    if (!form.problems.length) {
      try {
        checkPersonRules({ ...texts, listingBasis });
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        row.refuseForm(error.problems);
      }
    }
    const name = personName(texts.givenName, texts.familyName, texts.functionTitle);
    const label = name || `line ${record.ref.line}`;
    let stored: KnownEntity | undefined;
    if (name) {
      const key = personKey(name, institution?.id);
      refuseRepeated(row, state, [externalId && `person#${externalId}`, `person|${key}`]);
      stored = matchEntity(row, state.people, externalId, key);
    }
    if (row.problems.length)
      return row.finish('person', label, 'create', { id: null, version: null });

    const clean = form.values as Record<string, unknown>;
    const values: Record<string, unknown> = {
      ...Object.fromEntries(TEXTS.map((field) => [field, clean[field] ?? texts[field]])),
      languages,
      listingBasis,
      externalId,
    };
    // Where the person works is added to the stored employments, never taken away.
    const works = (stored?.fields['institutions'] as string[] | undefined) ?? [];
    if (institution && !works.includes(institution.id)) {
      values['institutions'] = [...works, institution.id];
    }
    const changed = row.compare(values, stored);
    row.nameIds('institutions', state.institutions);
    const props = Object.fromEntries(
      Object.entries(changed).filter(([field]) => field !== 'institutions'),
    );
    const sortKey = personSortKey({
      givenName: (clean['givenName'] as string | undefined) ?? null,
      familyName: (clean['familyName'] as string | undefined) ?? null,
      functionTitle: textOf(clean['functionTitle']),
    });
    const write: PersonWrite = {
      props: {
        ...props,
        ...(Object.keys(props).some((k) => TEXTS.includes(k as never)) ? { sortKey } : {}),
      },
      institution: values['institutions'] ? (institution?.id ?? null) : null,
      role: texts.functionTitle ?? null,
    };
    if (stored) {
      return row.matched('person', label, stored, write);
    }
    const id = state.planCreation(
      'person',
      state.people,
      { name: label, externalId, fields: values },
      personKey(label, institution?.id),
    );
    const defaults = {
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      languages: ['de'],
    };
    return row.finish(
      'person',
      label,
      'create',
      { id, version: null },
      {
        ...write,
        props: {
          ...defaults,
          qualifications: [],
          isFictional: false,
          externalId: null,
          ...props,
          sortKey,
        },
      },
    );
  },

  async write(tx, rows, context) {
    const creates = [];
    const updates = [];
    for (const row of rows) {
      const write = row.write as PersonWrite;
      const institution = write.institution && context.resolve(write.institution);
      if (row.action === 'create' && row.entityId) {
        const id = `person:${randomUUID()}`;
        context.assign(row.entityId, id);
        const meta = creationMeta(context.stamp.now, context.stamp.actor);
        creates.push({ ...write, id, institution, props: { ...write.props, id, ...meta } });
      } else if (row.action === 'update' && row.entityId) {
        updates.push({ ...write, id: row.entityId, institution });
      }
    }
    await createPeople(tx, context.stamp, creates);
    await updatePeople(tx, context.stamp, updates);
  },
};
