import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createFixedI18n } from '../i18n/i18n';
import { ProcedureStep } from './procedure-step';

type Hop = Parameters<typeof ProcedureStep>[0]['hop'];

function render(hop: Hop, language: 'de' | 'en' = 'de'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createFixedI18n(language)}>
      <ProcedureStep hop={hop} />
    </I18nextProvider>,
  );
}

describe('ProcedureStep', () => {
  it('names the conversation with child and parents and says no outside contact is needed', () => {
    const html = render({ step: 'CONVERSATION', inferred: false, via: 'PROCEDURE_STEP' });
    expect(html).toContain('Gespräch mit Kind und Eltern');
    expect(html).toContain('kein Kontakt nach außen nötig');
    expect(html).not.toContain('nicht vereinbart');
  });

  it('marks an InsoFa consultation nobody agreed as following the template', () => {
    const html = render({ step: 'CONSULTATION', inferred: true, via: 'REFERRAL_PATH' });
    expect(html).toContain('Beratung durch eine insoweit erfahrene Fachkraft (pseudonymisiert)');
    expect(html).toContain('nach Vorlage, nicht vereinbart');
    expect(render({ step: 'CONSULTATION', inferred: true, via: 'REFERRAL_PATH' }, 'en')).toContain(
      'by the template, not agreed',
    );
  });

  it('shows nothing for an ordinary agreed hand-over', () => {
    expect(render({ step: null, inferred: false, via: 'REFERRAL_PATH' })).toBe('');
  });
});
