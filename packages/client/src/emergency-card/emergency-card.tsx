import { EMERGENCY_NUMBERS, telHref } from '@schutznetz/domain';
import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../views/use-document-title';
import './emergency-card.css';

/** The paper sizes a card is laid out for. */
export const CARD_SIZES = ['a4', 'a6'] as const;
export type CardSize = (typeof CARD_SIZES)[number];

/** The `@page` rule of each size: A4 with wide margins, A6 (a postcard) with narrow ones. */
const PAGE_RULES: Readonly<Record<CardSize, string>> = {
  a4: '@page { size: A4; margin: 15mm; }',
  a6: '@page { size: 105mm 148mm; margin: 6mm; }',
};

/**
 * Adds an `@page` rule to the document while the card is shown, so other views print on the
 * printer's default. A constructed stylesheet, since the content security policy refuses inline
 * styles.
 */
function usePageRule(rule: string): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
    };
  }, [rule]);
}

/** The card's size from the address (`size=a6`), A4 otherwise. */
function readSize(params: URLSearchParams): CardSize {
  return params.get('size') === 'a6' ? 'a6' : 'a4';
}

/**
 * The national numbers every card starts with: emergency calls and the free helplines, each with
 * when it answers (not every helpline is there around the clock).
 */
function NationalNumbers() {
  const { t } = useTranslation('emergencyCard');
  const { t: tEmergency } = useTranslation('emergency');
  return (
    <section className="card-section card-national">
      <h2>{t('national')}</h2>
      <ul>
        {EMERGENCY_NUMBERS.map((number) => (
          <li key={number.key}>
            <a href={telHref(number)} className="card-national-number">
              {number.display}
            </a>{' '}
            {tEmergency(`numbers.${number.key}`)}
            <span className="card-national-hours"> · {t(`nationalHours.${number.key}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A printable Notfallkarte: the paper size (A4 or A6, kept in the address) and a print button on
 * screen, then the card itself — its title, the national numbers first, then `children` (the contacts).
 * Printing shows the card alone, on the chosen paper size (see emergency-card.css).
 */
export function EmergencyCard({
  title,
  lead,
  back,
  children,
}: {
  readonly title: string;
  /** What the card is about, printed under the title (e.g. the need in words). */
  readonly lead?: ReactNode;
  /** Where "back" leads on screen. */
  readonly back: { readonly to: string; readonly label: string };
  readonly children: ReactNode;
}) {
  const { t, i18n } = useTranslation('emergencyCard');
  const [params, setParams] = useSearchParams();
  const size = readSize(params);
  const sizeId = useId();
  const headingId = useId();
  useDocumentTitle(title);
  usePageRule(PAGE_RULES[size]);

  return (
    <section className="view emergency-card-view" aria-labelledby={headingId}>
      <div className="emergency-card-controls">
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
        <div className="field">
          <label htmlFor={sizeId}>{t('size')}</label>
          <select
            id={sizeId}
            value={size}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.target.value === 'a6') next.set('size', 'a6');
              else next.delete('size');
              setParams(next, { replace: true });
            }}
          >
            {CARD_SIZES.map((option) => (
              <option key={option} value={option}>
                {t(`sizes.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="primary"
          onClick={() => {
            window.print();
          }}
        >
          {t('print')}
        </button>
        <p className="hint">{t('printHint')}</p>
      </div>
      <article className="emergency-card" data-size={size} lang={i18n.resolvedLanguage}>
        <h1 id={headingId}>{title}</h1>
        {lead && <p className="card-lead">{lead}</p>}
        <NationalNumbers />
        {children}
        <p className="card-as-of">
          {t('asOf', { date: new Intl.DateTimeFormat(i18n.language).format(new Date()) })}
        </p>
      </article>
    </section>
  );
}
