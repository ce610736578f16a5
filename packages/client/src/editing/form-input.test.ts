import { buildCreateInput, buildUpdateInput, changedFieldNames, toFormValues } from './form-input';
import type { FieldSpec } from './form-model';

const SPECS: FieldSpec[] = [
  { name: 'name', kind: 'text', required: true },
  { name: 'phone', kind: 'phone' },
  { name: 'languages', kind: 'multiselect' },
  { name: 'available24x7', kind: 'checkbox' },
  { name: 'minAge', kind: 'integer' },
  { name: 'fromId', kind: 'entity', readOnly: true },
];

describe('form values ↔ mutation input', () => {
  it('reads API data into form values', () => {
    expect(
      toFormValues(SPECS, { name: 'Polizeirevier', phone: null, languages: ['DE'], minAge: 0 }),
    ).toEqual({
      name: 'Polizeirevier',
      phone: '',
      languages: ['DE'],
      available24x7: false,
      minAge: '0',
      fromId: '',
    });
  });

  it('creates with every field that has a value', () => {
    expect(
      buildCreateInput(SPECS, {
        name: ' Frauenhaus ',
        phone: '',
        languages: [],
        available24x7: true,
        minAge: '18',
      }),
    ).toEqual({ name: 'Frauenhaus', languages: [], available24x7: true, minAge: 18 });
  });

  it('updates only what changed, and clears an emptied field with null', () => {
    const initial = toFormValues(SPECS, {
      name: 'Alt',
      phone: '0345 1234',
      languages: ['DE', 'RU'],
      available24x7: false,
    });
    const edited = { ...initial, phone: '', languages: ['RU', 'DE'], name: 'Neu' };
    expect(buildUpdateInput(SPECS, initial, edited)).toEqual({ name: 'Neu', phone: null });
  });

  it('treats reordered codes as unchanged and ignores read-only fields', () => {
    expect(
      changedFieldNames(
        SPECS,
        { languages: ['DE', 'RU'], fromId: 'a' },
        { languages: ['RU', 'DE'], fromId: 'b' },
      ),
    ).toEqual([]);
  });
});
