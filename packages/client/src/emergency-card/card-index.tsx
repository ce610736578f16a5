import { MUNICIPALITIES } from '@schutznetz/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../editing/options';
import { useDocumentTitle } from '../views/use-document-title';
import { municipalityCardPath } from './paths';

/** `/notfallkarte`: what the card is, and one link per municipality of the county. */
export function CardIndex() {
  const { t } = useTranslation('emergencyCard');
  const locale = useLocale();
  const headingId = useId();
  useDocumentTitle(t('title'));
  const municipalities = [...MUNICIPALITIES].sort((a, b) =>
    a.label[locale].localeCompare(b.label[locale], locale),
  );
  return (
    <section className="view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('choose')}</p>
      <ul className="card-municipalities">
        {municipalities.map((municipality) => (
          <li key={municipality.code}>
            <Link to={municipalityCardPath(municipality.code)}>{municipality.label[locale]}</Link>
          </li>
        ))}
      </ul>
      <p>{t('fromRoutes')}</p>
    </section>
  );
}
