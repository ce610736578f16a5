import { FORMAT_EXAMPLES, type ValueFormat } from '@schutznetz/domain';
import { INSTITUTION_FIELDS } from './entity-specs';
import type { FieldSpec, FieldValue } from './form-model';
import {
  ageOrder,
  capacityFits,
  differentEnds,
  personNameAndBasis,
  protectedAddress,
  sinceBeforeValidUntil,
  validateField,
  validateForm,
} from './validation';

/** The institution form's field for each format: what the server's example test sends. */
const FORM_FIELDS: Record<ValueFormat, string> = {
  phone: 'phone',
  postalCode: 'postalCode',
  email: 'email',
  url: 'website',
  date: 'lastVerifiedAt',
  time: 'openingHours',
};

/** The institution form's problems with `value` in the field of `format`. */
function problemsOf(format: ValueFormat, value: string) {
  const spec = INSTITUTION_FIELDS.find((field) => field.name === FORM_FIELDS[format]);
  if (!spec) throw new Error(`the institution form has no field ${FORM_FIELDS[format]}`);
  const fieldValue: FieldValue =
    format === 'time' ? [{ day: 'MON', opens: '00:00', closes: value }] : value;
  return validateField(spec, fieldValue);
}

describe("the domain's format examples through the institution form's validation", () => {
  it.each(FORMAT_EXAMPLES.filter((row) => row.valid).map((row) => [row.format, row.value]))(
    'accepts the valid %s %j',
    (format, value) => {
      expect(problemsOf(format, value)).toEqual({});
    },
  );

  it.each(FORMAT_EXAMPLES.filter((row) => !row.valid).map((row) => [row.format, row.value]))(
    'refuses the invalid %s %j at its field',
    (format, value) => {
      const path = format === 'time' ? 'openingHours.0.closes' : FORM_FIELDS[format];
      expect(problemsOf(format, value)[path]).toEqual([{ key: format }]);
    },
  );
});

describe('validateField', () => {
  const name: FieldSpec = { name: 'name', kind: 'text', required: true, length: [2, 200] };

  it('asks for required fields and checks lengths', () => {
    expect(validateField(name, '  ')).toEqual({ name: [{ key: 'required' }] });
    expect(validateField(name, 'A')).toEqual({ name: [{ key: 'tooShort', params: { min: 2 } }] });
    expect(validateField(name, 'x'.repeat(201))).toEqual({
      name: [{ key: 'tooLong', params: { max: 200 } }],
    });
    expect(validateField(name, 'Frauenhaus')).toEqual({});
  });

  it('leaves optional empty fields alone', () => {
    expect(validateField({ name: 'email', kind: 'email' }, '')).toEqual({});
    expect(validateField({ name: 'email', kind: 'email' }, 'nope')).toEqual({
      email: [{ key: 'email' }],
    });
  });

  it('checks integers and their range', () => {
    const age: FieldSpec = { name: 'minAge', kind: 'integer', range: [0, 120] };
    expect(validateField(age, '12.5')).toEqual({ minAge: [{ key: 'integer' }] });
    expect(validateField(age, '121')).toEqual({
      minAge: [{ key: 'range', params: { min: 0, max: 120 } }],
    });
    expect(validateField(age, '18')).toEqual({});
  });

  it('checks enum values and list sizes', () => {
    const kind: FieldSpec = { name: 'kind', kind: 'select', options: ['POLICE'] };
    expect(validateField(kind, 'SHELTER')).toEqual({ kind: [{ key: 'option' }] });
    const topics: FieldSpec = {
      name: 'topics',
      kind: 'multiselect',
      required: true,
      items: [1, 2],
    };
    expect(validateField(topics, [])).toEqual({ topics: [{ key: 'required' }] });
    expect(validateField(topics, ['a', 'b', 'c'])).toEqual({
      topics: [{ key: 'tooMany', params: { max: 2 } }],
    });
  });

  it('names the opening interval that is wrong, as the server does', () => {
    const hours: FieldSpec = { name: 'openingHours', kind: 'openingHours' };
    expect(
      validateField(hours, [
        { day: 'MON', opens: '09:00', closes: '12:00' },
        { day: 'TUE', opens: '14:00', closes: '13:00' },
        { day: 'WED', opens: '9', closes: '12:00' },
      ]),
    ).toEqual({
      'openingHours.1.closes': [{ key: 'closesBeforeOpens' }],
      'openingHours.2.opens': [{ key: 'time' }],
    });
  });
});

describe('cross-field rules of the services', () => {
  it('wants the age limit above the minimum age', () => {
    expect(ageOrder({ minAge: '14', maxAge: '14' })).toEqual({ maxAge: [{ key: 'ageOrder' }] });
    expect(ageOrder({ minAge: '14', maxAge: '18' })).toEqual({});
    expect(ageOrder({ minAge: '', maxAge: '3' })).toEqual({});
  });

  it('fits free places into places in total', () => {
    expect(capacityFits({ capacityTotal: '', capacityFree: '1' })).toEqual({
      capacityFree: [{ key: 'capacityWithoutPlaces' }],
    });
    expect(capacityFits({ capacityTotal: '4', capacityFree: '5' })).toEqual({
      capacityFree: [{ key: 'capacityExceeded', params: { total: '4' } }],
    });
    expect(capacityFits({ capacityTotal: '4', capacityFree: '2' })).toEqual({});
  });

  it('keeps names complete and role contacts nameless', () => {
    expect(
      personNameAndBasis({ givenName: 'Anna', familyName: '', listingBasis: 'CONSENT' }),
    ).toEqual({
      familyName: [{ key: 'nameIncomplete' }],
    });
    expect(
      personNameAndBasis({ givenName: 'Anna', familyName: 'B.', listingBasis: 'ROLE_CONTACT' }),
    ).toEqual({
      listingBasis: [{ key: 'roleContactWithName' }],
    });
    expect(personNameAndBasis({ givenName: '', familyName: '', listingBasis: 'CONSENT' })).toEqual({
      listingBasis: [{ key: 'namedNeedsBasis' }],
    });
    expect(
      personNameAndBasis({ givenName: '', familyName: '', listingBasis: 'ROLE_CONTACT' }),
    ).toEqual({});
  });

  it('never lets a shelter address be entered', () => {
    const rule = protectedAddress((kind) => kind === 'WOMENS_SHELTER');
    expect(rule({ kind: 'WOMENS_SHELTER', street: 'Geheimweg 1', postalCode: '' })).toEqual({
      street: [{ key: 'protectedAddress' }],
    });
    expect(rule({ kind: 'POLICE', street: 'Markt 1', postalCode: '06366' })).toEqual({});
  });

  it('checks date order of expertise and the ends of a referral path', () => {
    expect(sinceBeforeValidUntil({ since: '2024-01-01', validUntil: '2023-12-31' })).toEqual({
      validUntil: [{ key: 'validUntilBeforeSince' }],
    });
    expect(differentEnds({ fromId: 'inst:a', toId: 'inst:a' })).toEqual({
      toId: [{ key: 'sameInstitution' }],
    });
  });

  it('merges field and cross-field problems by path', () => {
    const specs: FieldSpec[] = [
      { name: 'minAge', kind: 'integer', range: [0, 120] },
      { name: 'maxAge', kind: 'integer', range: [0, 120] },
    ];
    expect(validateForm(specs, { minAge: '10', maxAge: '200' }, [ageOrder])).toEqual({
      maxAge: [{ key: 'range', params: { min: 0, max: 120 } }],
    });
  });
});
