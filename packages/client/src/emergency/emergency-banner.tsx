import { EMERGENCY_NUMBERS, telHref, type EmergencyNumber } from '@schutznetz/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leaveSite } from './quick-exit';

/** A number as a tap-to-call link: the number large, what it is for beside it. */
function NumberLink({ number, withLabel }: { number: EmergencyNumber; withLabel: boolean }) {
  const { t } = useTranslation('emergency');
  const label = t(`numbers.${number.key}`);
  return (
    <a className="emergency-number" href={telHref(number)}>
      <span className="emergency-number-digits">{number.display}</span>{' '}
      <span className={withLabel ? 'emergency-number-label' : 'visually-hidden'}>{label}</span>
    </a>
  );
}

/**
 * A text with a shorter form for a phone's one-row banner. The short form only shows, so the
 * accessible name stays the full text (which contains the short one).
 */
function ShortOnPhone({ full, short }: { readonly full: string; readonly short: string }) {
  return (
    <>
      <span className="emergency-text-full">{full}</span>
      <span className="emergency-text-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

/**
 * The emergency banner on every page: 110 and 112 in one compact row, the national helplines in
 * a list that opens below it, and the quick exit. For the public (`prominent`) the row names what
 * each number is for and, on a wide screen, the list is always open.
 */
export function EmergencyBanner({ prominent }: { readonly prominent: boolean }) {
  const { t } = useTranslation('emergency');
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const listId = useId();
  const hintId = useId();
  const emergencyCalls = EMERGENCY_NUMBERS.filter((number) => number.emergency);

  return (
    <section
      className="emergency-banner"
      data-prominent={prominent || undefined}
      aria-labelledby={headingId}
    >
      <div className="emergency-row">
        <h2 id={headingId} className="emergency-heading">
          <ShortOnPhone full={t('heading')} short={t('headingShort')} />
        </h2>
        <ul className="emergency-calls">
          {emergencyCalls.map((number) => (
            <li key={number.key}>
              <NumberLink number={number} withLabel={prominent} />
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="emergency-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => {
            setOpen((current) => !current);
          }}
        >
          <ShortOnPhone full={t('showAll')} short={t('showAllShort')} />
        </button>
        <button
          type="button"
          className="quick-exit"
          title={t('quickExitHint')}
          aria-describedby={hintId}
          onClick={leaveSite}
        >
          <ShortOnPhone full={t('quickExit')} short={t('quickExitShort')} />
        </button>
        <span id={hintId} className="visually-hidden">
          {t('quickExitHint')}
        </span>
      </div>
      <div id={listId} className="emergency-all" hidden={!open}>
        <ul className="emergency-list">
          {EMERGENCY_NUMBERS.map((number) => (
            <li key={number.key}>
              <NumberLink number={number} withLabel />
            </li>
          ))}
        </ul>
        <p className="emergency-free">{t('free')}</p>
      </div>
    </section>
  );
}
