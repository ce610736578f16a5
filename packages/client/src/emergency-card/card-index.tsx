import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../editing/options';
import { useRegion } from '../region/region-context';
import { useDocumentTitle } from '../views/use-document-title';
import { municipalityCardPath } from './paths';

/** `/notfallkarte`: what the card is, and one link per municipality of the loaded county, by name. */
export function CardIndex() {
  const { t } = useTranslation('emergencyCard');
  const locale = useLocale();
  const region = useRegion();
  const headingId = useId();
  useDocumentTitle(t('title'));
  const municipalities = [...region.municipalities].sort((a, b) =>
    a.name[locale].localeCompare(b.name[locale], locale),
  );
  return (
    <section className="view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('choose')}</p>
      <ul className="card-municipalities">
        {municipalities.map((municipality) => (
          <li key={municipality.code}>
            <Link to={municipalityCardPath(municipality.code)}>{municipality.name[locale]}</Link>
          </li>
        ))}
      </ul>
      <p>{t('fromRoutes')}</p>
    </section>
  );
}
