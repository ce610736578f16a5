import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLocale } from '../editing/options';
import { useErrorText } from '../errors/use-error-text';
import { useRegion } from '../region/region-context';
import { CARD_KINDS, municipalityContacts, type CardContact } from './card-contacts';
import { CardContactItem } from './card-contact-item';
import { EmergencyCard } from './emergency-card';
import { EMERGENCY_CARD_INSTITUTIONS_QUERY } from './emergency-card.query';
import { EMERGENCY_CARD_PATH } from './paths';
import { useWeeklyHoursText } from './weekly-hours';

/** When a contact is reachable, in words: around the clock, its week of hours, or unknown. */
function useHoursText(): (contact: CardContact) => string {
  const { t } = useTranslation('emergencyCard');
  const weekText = useWeeklyHoursText();
  return (contact) =>
    contact.available24x7 ? t('open247') : weekText(contact.openingHours) || t('hoursUnknown');
}

/** `/notfallkarte/<municipality>`: the municipality's key contacts by section, and the national numbers. */
export function MunicipalityCardView() {
  const { t } = useTranslation('emergencyCard');
  const { errorText } = useErrorText();
  const locale = useLocale();
  const hoursText = useHoursText();
  const { municipality: code = '' } = useParams();
  const region = useRegion();
  const municipality = region.isMunicipality(code) ? region.get(code) : undefined;
  const { data, loading, error } = useQuery(EMERGENCY_CARD_INSTITUTIONS_QUERY, {
    variables: { kinds: [...CARD_KINDS] },
  });
  const sections = useMemo(
    () => (data && municipality ? municipalityContacts(data.institutions.nodes, code) : []),
    [data, municipality, code],
  );
  const back = { to: EMERGENCY_CARD_PATH, label: t('back') };

  if (!municipality) {
    return (
      <section className="view">
        <h1>{t('title')}</h1>
        <p role="alert">{t('unknownMunicipality')}</p>
      </section>
    );
  }
  return (
    <EmergencyCard
      title={t('municipalityTitle', { municipality: municipality.name[locale] })}
      back={back}
    >
      {loading && !data && <p role="status">{t('loading')}</p>}
      {error && !data && <p role="alert">{t('error', { message: errorText(error) })}</p>}
      {sections.map((section) => (
        <section key={section.key} className="card-section">
          <h2>{t(`sections.${section.key}`)}</h2>
          {section.contacts.length === 0 ? (
            <p>{t('noContact')}</p>
          ) : (
            <ul className="card-contacts">
              {section.contacts.map((contact) => (
                <CardContactItem
                  key={contact.id}
                  line={{
                    ...contact,
                    hours: hoursText(contact),
                    notes: contact.onCall.map((service) => t('onCall', { service })),
                  }}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
    </EmergencyCard>
  );
}
