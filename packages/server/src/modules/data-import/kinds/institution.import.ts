import { randomUUID } from 'node:crypto';
import {
  hasProtectedAddress,
  isInstitutionKindCode,
  Label,
  NEW_INSTITUTION_DEFAULTS,
} from '@schutznetz/domain';
import { creationMeta } from '../../../neo4j/writes';
import { nameSortKey } from '../../../records';
import { CreateInstitutionInput } from '../../institution/institution.input';
import { checkLikeForm } from '../data-import.forms';
import {
  createInstitutions,
  loadInstitutions,
  updateInstitutions,
} from '../data-import.repository';
import { matchEntity, refuseRepeated, RowBuilder, textOf } from '../data-import.rows';
import type { ImportKindHandler, KnownEntity } from '../data-import.types';
import {
  findMunicipality,
  foldText,
  nearestMunicipality,
  VALUE_LOOKUPS,
  type ImportRegion,
} from '../data-import.values';

/** The matching key of an institution: its name and municipality, folded. */
export const institutionKey = (name: string, municipality: string): string =>
  `${foldText(name)}|${municipality}`;

/** Stored as text fields (the form's own names). */
const TEXTS = ['operator', 'street', 'postalCode', 'phone', 'email', 'website'] as const;

/** Excel keeps 06366 as the number 6366: a postal code of four digits lost its leading zero. */
function postalCode(value: string | undefined): string | undefined {
  return value && /^\d{4}$/.test(value) ? `0${value}` : value;
}

/** What the commit writes for an institution row. */
interface InstitutionWrite {
  readonly municipality: string | null;
  readonly props: Record<string, unknown>;
}

function municipalityOf(row: RowBuilder, region: ImportRegion): string | undefined {
  const value = row.required('municipality');
  if (value === undefined) return undefined;
  const code = findMunicipality(region, value);
  if (code === undefined) {
    const suggestion = nearestMunicipality(region, value);
    row.refuse('municipality', 'unknown_municipality', `unknown municipality '${value}'`, {
      value,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  return code;
}

/** Institutions: matched by external id, else by name and municipality. */
export const institutionImport: ImportKindHandler = {
  kind: 'institution',
  label: Label.Institution,

  async load(tx, state) {
    for (const row of await loadInstitutions(tx)) {
      const fields = row.fields;
      state.institutions.add(
        { ...row, name: textOf(fields['name']) },
        institutionKey(textOf(fields['name']), textOf(fields['municipality'])),
      );
    }
  },

  plan(record, state) {
    const row = new RowBuilder(record);
    const externalId = row.text('externalId');
    const name = row.required('name');
    const kindText = row.required('kind');
    const kind =
      kindText === undefined ? undefined : row.code('kind', VALUE_LOOKUPS.kind, kindText);
    const municipality = municipalityOf(row, state.region);
    const texts: Record<string, string | undefined> = Object.fromEntries(
      TEXTS.map((field) => [field, row.text(field)]),
    );
    texts['postalCode'] = postalCode(texts['postalCode']);
    if (kind && isInstitutionKindCode(kind) && hasProtectedAddress(kind)) {
      // domain.md §6: the address of a shelter is never stored; the rest of the row is.
      for (const field of ['street', 'postalCode'] as const) {
        if (texts[field] !== undefined) {
          row.warn(
            field,
            'protected_address_dropped',
            'dropped: the address of a protected institution is never stored',
          );
          texts[field] = undefined;
        }
      }
    }
    const form = checkLikeForm(CreateInstitutionInput, {
      name,
      ...texts,
    });
    row.refuseForm(form.problems);
    const languages = row.codes('languages', VALUE_LOOKUPS.languages);

    let stored: KnownEntity | undefined;
    if (name !== undefined && municipality !== undefined) {
      const key = institutionKey(name, municipality);
      refuseRepeated(row, state, [externalId && `institution#${externalId}`, `institution|${key}`]);
      stored = matchEntity(row, state.institutions, externalId, key);
    }
    const values: Record<string, unknown> = {
      name: form.values.name ?? name,
      kind,
      municipality,
      ...Object.fromEntries(
        TEXTS.map((field) => [
          field,
          (form.values as Record<string, unknown>)[field] ?? texts[field],
        ]),
      ),
      languages,
      externalId,
    };
    const label = name ?? `line ${record.ref.line}`;
    if (row.problems.length)
      return row.finish('institution', label, 'create', { id: null, version: null });
    // Found by a name written another way ("kothen" for "Köthen"): the stored spelling stays.
    if (stored && name && foldText(stored.name) === foldText(name)) values['name'] = undefined;

    const becomesProtected = kind && isInstitutionKindCode(kind) && hasProtectedAddress(kind);
    const storedAddress = ['street', 'postalCode'].filter((field) => stored?.fields[field]);
    if (becomesProtected) {
      // A stored address goes when the entry becomes a shelter (the history forgets it too).
      for (const field of storedAddress) values[field] = null;
    }
    const changed = row.compare(values, stored);
    if (becomesProtected && storedAddress.length) {
      row.changes.splice(
        0,
        row.changes.length,
        ...row.changes.map((change) =>
          storedAddress.includes(change.field) ? { ...change, before: null } : change,
        ),
      );
      row.warn(
        'street',
        'protected_address_removed',
        'the stored address is removed: a protected institution keeps none',
      );
    }
    if (stored) {
      const { municipality: moved, ...props } = changed;
      const write: InstitutionWrite = {
        municipality: (moved as string | undefined) ?? null,
        props: {
          ...props,
          ...(props['name'] ? { sortKey: nameSortKey(textOf(props['name'])) } : {}),
        },
      };
      return row.matched('institution', label, stored, write);
    }
    const id = state.planCreation(
      'institution',
      state.institutions,
      { name: label, externalId, fields: values },
      institutionKey(label, municipality ?? ''),
    );
    const { municipality: where, ...props } = changed;
    const write: InstitutionWrite = {
      municipality: where as string,
      props: {
        ...NEW_INSTITUTION_DEFAULTS,
        lastVerifiedAt: null,
        isFictional: false,
        externalId: null,
        ...props,
        sortKey: nameSortKey(label),
      },
    };
    return row.finish('institution', label, 'create', { id, version: null }, write);
  },

  async write(tx, rows, context) {
    const creates: Record<string, unknown>[] = [];
    const updates: Record<string, unknown>[] = [];
    for (const row of rows) {
      const write = row.write as InstitutionWrite;
      if (row.action === 'create' && row.entityId) {
        const id = `org:${randomUUID()}`;
        context.assign(row.entityId, id);
        creates.push({
          municipality: write.municipality,
          props: { ...write.props, id, ...creationMeta(context.stamp.now, context.stamp.actor) },
          id,
        });
      } else if (row.action === 'update' && row.entityId) {
        updates.push({ id: row.entityId, props: write.props, municipality: write.municipality });
      }
    }
    await createInstitutions(tx, context.stamp, creates);
    await updateInstitutions(tx, context.stamp, updates);
  },
};
