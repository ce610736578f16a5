import { classifyGraphQLErrors, formFieldOf } from './server-errors';

const FIELDS = ['name', 'email', 'openingHours', 'openingHours.0.closes'];

describe('formFieldOf', () => {
  it('maps server paths to the form field that shows them', () => {
    expect(formFieldOf('email', FIELDS)).toBe('email');
    expect(formFieldOf('input.email', FIELDS)).toBe('email');
    expect(formFieldOf('openingHours.0.closes', FIELDS)).toBe('openingHours.0.closes');
    expect(formFieldOf('openingHours.3.opens', FIELDS)).toBe('openingHours');
    expect(formFieldOf('filter.topics', FIELDS)).toBeUndefined();
  });
});

describe('classifyGraphQLErrors', () => {
  it('puts every BAD_USER_INPUT problem at its field', () => {
    expect(
      classifyGraphQLErrors(
        [
          {
            message: 'email: must be an e-mail address such as name@example.org (and 1 more)',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'email',
              problems: [
                { field: 'email', message: 'must be an e-mail address such as name@example.org' },
                { field: 'openingHours.0.closes', message: 'must be later than the opening time' },
              ],
            },
          },
        ],
        FIELDS,
      ),
    ).toEqual({
      kind: 'invalid',
      fields: { email: ['rejected'], 'openingHours.0.closes': ['rejected'] },
      unshown: 0,
    });
  });

  it('uses extensions.field when no list of problems is given', () => {
    expect(
      classifyGraphQLErrors(
        [
          {
            message: 'name: must not be empty',
            extensions: { code: 'BAD_USER_INPUT', field: 'name' },
          },
        ],
        FIELDS,
      ),
    ).toEqual({ kind: 'invalid', fields: { name: ['rejected'] }, unshown: 0 });
  });

  it('counts problems of fields the form does not show, without their server text', () => {
    const failure = classifyGraphQLErrors(
      [
        {
          message: 'x',
          extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'sortKey', message: 'bad' }] },
        },
      ],
      FIELDS,
    );
    expect(failure).toEqual({ kind: 'invalid', fields: {}, unshown: 1 });
  });

  it('recognises a stale version, a missing role and an outage', () => {
    expect(
      classifyGraphQLErrors([{ message: 'stale', extensions: { code: 'CONFLICT' } }], FIELDS).kind,
    ).toBe('conflict');
    expect(
      classifyGraphQLErrors([{ message: 'no', extensions: { code: 'FORBIDDEN' } }], FIELDS),
    ).toEqual({
      kind: 'forbidden',
    });
    expect(
      classifyGraphQLErrors(
        [{ message: 'down', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
        FIELDS,
      ),
    ).toEqual({ kind: 'unavailable' });
  });

  it('shows a missing linked entry at its field, and a missing entry as such', () => {
    expect(
      classifyGraphQLErrors(
        [
          {
            message: "Institution 'x' does not exist",
            extensions: { code: 'NOT_FOUND', field: 'name' },
          },
        ],
        FIELDS,
      ),
    ).toEqual({
      kind: 'invalid',
      fields: { name: ['missing'] },
      unshown: 0,
    });
    expect(
      classifyGraphQLErrors([{ message: 'gone', extensions: { code: 'NOT_FOUND' } }], FIELDS),
    ).toEqual({ kind: 'notFound' });
  });

  it('reads a save of an entry deleted meanwhile (CONFLICT without a current version) as not found, with nothing to merge', () => {
    expect(
      classifyGraphQLErrors(
        [{ message: 'deleted', extensions: { code: 'CONFLICT', currentVersion: null } }],
        FIELDS,
      ),
    ).toEqual({ kind: 'notFound' });
  });

  it('words an unexpected failure by its code, never by the server message', () => {
    expect(
      classifyGraphQLErrors(
        [{ message: 'Too many analyses', extensions: { code: 'SERVER_BUSY' } }],
        FIELDS,
      ),
    ).toEqual({ kind: 'failed', code: 'SERVER_BUSY' });
    expect(
      classifyGraphQLErrors([{ message: 'odd', extensions: { code: 'TEAPOT' } }], FIELDS),
    ).toEqual({ kind: 'failed', code: 'UNKNOWN' });
  });
});
