import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionLabel } from '../editing/options';
import { telHref } from '../routes/step-reach';

/** What a card prints of one place: name, phone, when it is reachable, website, address. */
export interface CardLine {
  readonly name: ReactNode;
  readonly phone: string | null | undefined;
  readonly hours: ReactNode;
  readonly website: string | null | undefined;
  readonly addressProtected: boolean;
  readonly street: string | null | undefined;
  readonly postalCode: string | null | undefined;
  readonly municipality: string | null | undefined;
  /** More to say, e.g. the on-call service. */
  readonly notes?: readonly string[];
}

/** One place on a printed card; the phone is also a tap-to-call link for the screen. */
export function CardContactItem({ line }: { readonly line: CardLine }) {
  const { t } = useTranslation('emergencyCard');
  const optionLabel = useOptionLabel();
  const address = [
    line.street,
    [line.postalCode, line.municipality ? optionLabel('region', line.municipality) : null]
      .filter(Boolean)
      .join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const place = line.addressProtected ? (
    <span className="card-contact-protected">{t('addressProtected')}</span>
  ) : (
    line.street && `${t('address')}: ${address}`
  );
  return (
    <li className="card-contact">
      <p className="card-contact-name">{line.name}</p>
      <p>
        {line.phone && (
          <>
            <span className="card-contact-phone">
              {t('phone')}: <a href={telHref(line.phone)}>{line.phone}</a>
            </span>
            {' · '}
          </>
        )}
        {t('hours')}: {line.hours}
      </p>
      {line.notes?.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {(line.website ?? place) && (
        <p>
          {line.website && `${t('website')}: ${line.website}`}
          {line.website && place && ' · '}
          {place}
        </p>
      )}
    </li>
  );
}
