import type { TFunction } from 'i18next';
import { createFixedI18n } from '../i18n/i18n';
import { roleLabel, signInStatus } from './viewer-status';

function translator(language: 'de' | 'en'): TFunction<'auth'> {
  return createFixedI18n(language).getFixedT(language, 'auth');
}

describe('signInStatus', () => {
  const de = translator('de');
  const en = translator('en');

  it('names who is signed in and the role in German', () => {
    expect(signInStatus(de, { name: 'Anna Beispiel', role: 'COORDINATOR' }, true)).toBe(
      'Angemeldet als Anna Beispiel (Koordination)',
    );
    expect(signInStatus(en, { name: 'Anna Beispiel', role: 'COORDINATOR' }, true)).toBe(
      'Signed in as Anna Beispiel (coordinator)',
    );
  });

  it('says when nobody is signed in, with the anonymous role', () => {
    expect(signInStatus(de, { name: 'anonymous', role: 'PUBLIC' }, false)).toBe(
      'Ohne Anmeldung (Öffentlichkeit)',
    );
  });

  it('waits for the server while it has not answered', () => {
    expect(signInStatus(de, null, true)).toBe('Angemeldet als … (…)');
  });
});

describe('roleLabel', () => {
  it('names every role of the server in German', () => {
    const de = translator('de');
    expect(
      (['PUBLIC', 'MEMBER', 'ANALYST', 'COORDINATOR', 'ADMIN'] as const).map((role) =>
        roleLabel(de, role),
      ),
    ).toEqual(['Öffentlichkeit', 'Mitglied', 'Analyse', 'Koordination', 'Administration']);
  });
});
