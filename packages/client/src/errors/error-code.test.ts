import { CombinedGraphQLErrors } from '@apollo/client';
import { resources } from '../i18n/resources';
import { codeOfErrors, errorCodeOf, SERVER_ERROR_CODES } from './error-code';

describe('error codes', () => {
  it('reads the first code the client knows, and UNKNOWN for any other', () => {
    expect(
      codeOfErrors([{ extensions: { code: 'TEAPOT' } }, { extensions: { code: 'SERVER_BUSY' } }]),
    ).toBe('SERVER_BUSY');
    expect(codeOfErrors([{ extensions: { code: 'TEAPOT' } }, {}])).toBe('UNKNOWN');
  });

  it('reads GraphQL errors by code and anything else as a network failure', () => {
    const graphQL = new CombinedGraphQLErrors({
      errors: [{ message: 'The database took too long', extensions: { code: 'DATABASE_TIMEOUT' } }],
    });
    expect(errorCodeOf(graphQL)).toBe('DATABASE_TIMEOUT');
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe('NETWORK');
  });

  it('has a German and an English text for every code, the network failure and unknown codes', () => {
    for (const code of [...SERVER_ERROR_CODES, 'NETWORK', 'UNKNOWN'] as const) {
      expect(resources.de.errors.code[code]).toMatch(/\w/);
      expect(resources.en.errors.code[code]).toMatch(/\w/);
    }
  });
});
