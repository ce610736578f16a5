import { CombinedGraphQLErrors } from '@apollo/client';
import { DEMO_REGION_CATALOG } from '@schutznetz/demo-data';
import { createFixedI18n } from '../i18n/i18n';
import {
  classifyRestoreError,
  classifyRestoreErrors,
  describeChange,
  editPathOfEntity,
  entityLabel,
  entryName,
  fieldLabel,
  formatValue,
  namesById,
  type ChangeLike,
  type HistoryContext,
} from './history';
import type { LooseT } from './options';

const instance = createFixedI18n('de');

const names = namesById([
  [
    { id: 'org:frauenhaus_koethen', name: 'Frauenhaus Köthen' },
    { id: 'org:polizei_koethen', name: 'Polizeirevier Köthen' },
  ],
  [{ id: 'person:p0003', name: 'Anna Beispiel' }],
]);

function contextIn(locale: 'de' | 'en'): HistoryContext {
  return {
    t: instance.getFixedT(locale, 'editing') as unknown as LooseT,
    locale,
    names,
    region: DEMO_REGION_CATALOG,
  };
}
const de = contextIn('de');
const en = contextIn('en');

function change(overrides: Partial<ChangeLike>): ChangeLike {
  return {
    id: 'audit:1',
    at: '2026-11-25T02:15:44Z',
    actor: 'Kerstin Koordination',
    action: 'UPDATED',
    entity: 'Institution',
    entryId: 'org:1',
    name: 'Beratung Köthen',
    changes: [],
    ...overrides,
  };
}

const lines = (item: ChangeLike, context = de) =>
  describeChange(item, context).lines.map((line) => line.text);

describe('the history of an entry in words', () => {
  it('says a shelter kind change with the kinds’ German labels', () => {
    const kind = change({
      changes: [
        { field: 'kind', before: '"womens_counselling_centre"', after: '"womens_shelter"' },
      ],
    });
    expect(lines(kind)).toEqual([
      'Art: Frauenberatungsstelle → Frauenhaus / Frauen- und Kinderschutzhaus',
    ]);
    expect(lines(kind, en)).toEqual(["Kind: Women's counselling centre → Women's shelter"]);
  });

  it('says when, who and what in German, in Berlin time', () => {
    const view = describeChange(change({}), de);
    expect(view).toMatchObject({
      when: '25.11.2026, 03:15',
      who: 'Kerstin Koordination',
      action: 'geändert',
    });
    expect(
      (['CREATED', 'UPDATED', 'DELETED', 'RESTORED'] as const).map(
        (action) => describeChange(change({ action }), de).action,
      ),
    ).toEqual(['angelegt', 'geändert', 'gelöscht', 'wiederhergestellt']);
    expect(describeChange(change({ action: 'RESTORED' }), en).action).toBe('restored');
  });

  it('shows a newly set phone as „Telefon: — → …“ and a cleared one the other way round', () => {
    expect(
      lines(
        change({
          changes: [
            { field: 'phone', before: null, after: '"+49 3496 7000"' },
            { field: 'email', before: '"info@example.org"', after: null },
          ],
        }),
      ),
    ).toEqual(['Telefon: — → +49 3496 7000', 'E-Mail: info@example.org → —']);
  });

  it('names relationships in German: municipality, topics, target groups, service area', () => {
    expect(
      lines(
        change({
          entity: 'Service',
          changes: [
            { field: '→LOCATED_IN', before: '["bitterfeld_wolfen"]', after: '["zerbst"]' },
            {
              field: '→ADDRESSES_TOPIC',
              before: '["parenting_support"]',
              after: '["child_risk_assessment","parenting_support"]',
            },
            { field: '→SERVES_GROUP', before: null, after: '["women"]' },
          ],
        }),
      ),
    ).toEqual([
      'Gemeinde: Bitterfeld-Wolfen → Zerbst/Anhalt',
      'Themen: Erziehungsfragen, Elterngespräche → Gefährdungseinschätzung § 8a / InsoFa, Erziehungsfragen, Elterngespräche',
      'Zielgruppen: — → Frauen',
    ]);
  });

  it('translates codes of the forms’ option sets and writes booleans, numbers and dates the German way', () => {
    const item = change({
      changes: [
        { field: 'languages', before: '["de"]', after: '["de","ar"]' },
        { field: 'available24x7', before: 'false', after: 'true' },
        { field: 'capacityTotal', before: '1200', after: '1500' },
        { field: 'lastVerifiedAt', before: '"2024-03-18"', after: '"2026-11-01"' },
        { field: 'openingHours', before: '["mon 09:00-12:00"]', after: '[]' },
        { field: 'cost', before: '"free"', after: '"means_tested"' },
      ],
    });
    expect(lines(item)).toEqual([
      'Sprachen: Deutsch → Deutsch, Arabisch',
      'Rund um die Uhr erreichbar: nein → ja',
      'Plätze insgesamt: 1.200 → 1.500',
      'Zuletzt geprüft am: 18.03.2024 → 01.11.2026',
      'Öffnungszeiten: Montag 09:00–12:00 → —',
      'Kosten: Kostenlos → Nach Einkommen',
    ]);
  });

  it('names the entries a relationship leads to, with the relationship’s own properties', () => {
    const person = change({
      entity: 'Person',
      changes: [
        {
          field: '→WORKS_AT',
          before: null,
          after: '[{"id":"org:frauenhaus_koethen","role":"Beraterin"}]',
        },
        {
          field: '→HAS_EXPERTISE',
          before: null,
          after:
            '[{"id":"child_risk_assessment","since":"2020-01-01","level":"expert","qualification":"insofa"}]',
        },
      ],
    });
    expect(lines(person)).toEqual([
      'Arbeitsstellen: — → Frauenhaus Köthen (Beraterin)',
      'Fachwissen: — → Gefährdungseinschätzung § 8a / InsoFa (seit 01.01.2020, Expertise, Insoweit erfahrene Fachkraft (InsoFa))',
    ]);
  });

  it('names the referral paths a deleted institution had by their ends, not by their conditions', () => {
    const paths = namesById([[{ id: 'ref:1', name: 'Polizeirevier Köthen → Frauenhaus Köthen' }]]);
    const deleted = change({
      action: 'DELETED',
      changes: [
        {
          field: '→REFERS_TO',
          before:
            '[{"id":"ref:1","conditions":"Nur nach Termin","topics":["parenting_support"]},{"id":"ref:gone","urgency":"days"}]',
          after: null,
        },
      ],
    });
    expect(lines(deleted, { ...de, names: paths })).toEqual([
      'Hilfewege zu anderen Einrichtungen: Polizeirevier Köthen → Frauenhaus Köthen, Hilfeweg',
    ]);
  });

  it('shows a long member list as who was added and removed, not whole', () => {
    const members = Array.from({ length: 6 }, (_, index) => ({
      id: `org:${String(index)}`,
      role: 'member',
      since: '2024-04-24',
    }));
    const added = { id: 'person:p0003', role: 'guest', since: '2025-01-01' };
    const removed = members[0];
    const network = change({
      entity: 'Network',
      changes: [
        {
          field: '←MEMBER_OF',
          before: JSON.stringify(members),
          after: JSON.stringify([...members.slice(1), added]),
        },
      ],
    });
    expect(lines(network)).toEqual([
      `Mitglieder: hinzugefügt: Anna Beispiel (Gast, seit 01.01.2025); entfernt: ${removed!.id} (Mitglied, seit 24.04.2024)`,
    ]);
  });

  it('lists what a created entry holds without „—“ before, and what a deleted one held', () => {
    const created = change({
      action: 'CREATED',
      changes: [
        { field: 'id', before: null, after: '"org:1"' },
        { field: 'accessibility', before: null, after: '[]' },
        { field: 'name', before: null, after: '"Beratung Köthen"' },
        { field: 'isFictional', before: null, after: 'false' },
      ],
    });
    // The entry's id says nothing, and an empty list is no value.
    expect(lines(created)).toEqual([
      'Name: Beratung Köthen',
      'Erfundener Eintrag (Demodaten): nein',
    ]);
    const deleted = change({
      action: 'DELETED',
      changes: [{ field: 'phone', before: '"+49 3496 1"', after: null }],
    });
    expect(lines(deleted)).toEqual(['Telefon: +49 3496 1']);
  });

  it('falls back to the raw key only for a field nobody named', () => {
    expect(fieldLabel('→LOCATED_IN', de.t)).toBe('Gemeinde');
    expect(fieldLabel('←MEMBER_OF', de.t)).toBe('Mitglieder');
    expect(fieldLabel('←OFFERS', de.t)).toBe('Einrichtung');
    expect(fieldLabel('from', de.t)).toBe('Von Einrichtung');
    expect(fieldLabel('phone', en.t)).toBe('Phone');
    expect(fieldLabel('somethingNew', de.t)).toBe('somethingNew');
    expect(fieldLabel('→NEW_RELATION', de.t)).toBe('→NEW_RELATION');
  });

  it('gives every property of the edit forms and every relationship the API names a German label', () => {
    const known = [
      ...['name', 'kind', 'operator', 'street', 'postalCode', 'phone', 'email', 'website'],
      ...['openingHours', 'available24x7', 'languages', 'accessibility', 'sourceUrl'],
      ...['lastVerifiedAt', 'givenName', 'familyName', 'functionTitle', 'listingBasis'],
      ...['qualifications', 'description', 'minAge', 'maxAge', 'selfReferral', 'cost'],
      ...['consentRequired', 'capacityTotal', 'capacityFree', 'capacityReportedAt'],
      ...['routeTemplate', 'topics', 'consent', 'dataMode', 'urgency', 'responseHours'],
      ...['formalAgreement', 'afterHours', 'conditions', 'title', 'date', 'location'],
      ...['summary', 'isFictional', 'isFictionalDate', 'from', 'to'],
      ...['→LOCATED_IN', '→ADDRESSES_TOPIC', '→SERVES_GROUP', '→SERVES_AREA', '→HAS_EXPERTISE'],
      ...['→WORKS_AT', '→MEMBER_OF', '←MEMBER_OF', '←OFFERS', '→OFFERS', '→REFERS_TO'],
      ...['←WORKS_AT', '→ORGANISED_BY'],
    ];
    const raw = known.filter((field) => fieldLabel(field, de.t) === field);
    expect(raw).toEqual([]);
  });

  it('writes „—“ for a value that is not set', () => {
    expect(formatValue(null, 'Institution', 'phone', de)).toBe('—');
    expect(formatValue('[]', 'Service', '→SERVES_GROUP', de)).toBe('—');
  });

  it('translates meeting and network kinds, not only institution kinds', () => {
    expect(formatValue('"conference"', 'Meeting', 'kind', de)).toBe('Fachtag');
    expect(formatValue('"early_support_network"', 'Network', 'kind', de)).toBe(
      'Netzwerk Frühe Hilfen',
    );
  });
});

describe('deleted entries', () => {
  it('name a referral path by its ends, a person by name, and an entry without a name by its kind', () => {
    const path = change({
      entity: 'ReferralPath',
      action: 'DELETED',
      name: null,
      changes: [
        { field: 'from', before: '"org:polizei_koethen"', after: null },
        { field: 'to', before: '"org:frauenhaus_koethen"', after: null },
      ],
    });
    expect(entryName(path, de)).toBe('Polizeirevier Köthen → Frauenhaus Köthen');
    expect(entryName(change({ entity: 'Meeting', name: null }), de)).toBe('Treffen');
    const person = change({
      entity: 'Person',
      action: 'DELETED',
      name: 'Fachkraft',
      changes: [
        { field: 'familyName', before: '"Albrecht"', after: null },
        { field: 'functionTitle', before: '"Fachkraft"', after: null },
        { field: 'givenName', before: '"Jens"', after: null },
      ],
    });
    expect(entryName(person, de)).toBe('Jens Albrecht');
    expect(entryName({ ...person, changes: [] }, de)).toBe('Fachkraft');
    expect(entityLabel('Service', de.t)).toBe('Angebot');
    expect(entityLabel('ReferralPath', en.t)).toBe('Referral path');
  });

  it('lead to the edit page of their kind', () => {
    expect(editPathOfEntity('Institution', 'org:a b')).toBe('/edit/institution/org%3Aa%20b');
    expect(editPathOfEntity('ReferralPath', 'ref:1')).toBe('/edit/referral-path/ref%3A1');
    expect(editPathOfEntity('Training', 'trn:1')).toBeUndefined();
  });

  it('tell a restore of an entry that is not deleted from one whose ends are gone', () => {
    expect(classifyRestoreErrors([{ message: 'x', extensions: { code: 'CONFLICT' } }])).toEqual({
      kind: 'notDeleted',
    });
    expect(
      classifyRestoreErrors([
        { message: 'x', extensions: { code: 'CONFLICT', missing: ['org:gone'] } },
      ]),
    ).toEqual({ kind: 'endsMissing', missing: ['org:gone'] });
    expect(classifyRestoreErrors([{ message: 'x', extensions: { code: 'FORBIDDEN' } }])).toEqual({
      kind: 'forbidden',
    });
    expect(
      classifyRestoreError(
        new CombinedGraphQLErrors({
          errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }],
        }),
      ),
    ).toEqual({ kind: 'notFound' });
    expect(classifyRestoreError(new TypeError('Failed to fetch'))).toEqual({
      kind: 'unavailable',
    });
  });
});
