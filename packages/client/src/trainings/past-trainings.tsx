import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useOptionLabel } from '../editing/options';
import { ErrorReason } from '../errors/error-reason';
import { useFormat } from '../i18n/use-format';
import { PAST_TRAININGS_QUERY } from './training-plan.query';

/**
 * The trainings recorded as completed, newest first, each with what it changed: gaps closed and
 * municipalities gaining a qualified person, measured on the coverage without and with the
 * expertise its participants gained from it.
 */
export function PastTrainings() {
  const { t } = useTranslation('trainings');
  const optionLabel = useOptionLabel();
  const { formatDate, formatNumber } = useFormat();
  const { data, loading, error } = useQuery(PAST_TRAININGS_QUERY);
  const trainings = data?.pastTrainings.trainings ?? [];
  return (
    <section aria-labelledby="past-title">
      <h2 id="past-title">{t('past.title')}</h2>
      <p>{t('past.intro')}</p>
      {loading && !data && <p role="status">{t('loading')}</p>}
      {error && (
        <p role="alert">
          {t('error')} <ErrorReason error={error} />
        </p>
      )}
      {data && trainings.length === 0 && <p>{t('past.none')}</p>}
      <ol className="past-trainings" data-testid="past-trainings">
        {trainings.map((training) => (
          <li key={training.id}>
            <h3>{training.title}</h3>
            <p>
              {[
                training.date ? formatDate(training.date) : t('past.noDate'),
                training.topics.map((topic) => optionLabel('topic', topic.id)).join(', '),
                training.provider,
                t('past.participants', { count: training.participantCount }),
              ]
                .filter((part) => part)
                .join(' · ')}
            </p>
            <p>
              {training.effect.gapsClosed.length > 0
                ? t('past.effect', {
                    gaps: t('proposals.gapsCount', { count: training.effect.gapsClosed.length }),
                    places: [
                      ...new Set(
                        training.effect.cellsGained.map((cell) =>
                          optionLabel('region', cell.municipality.id),
                        ),
                      ),
                    ].join(', '),
                    severity: formatNumber(training.effect.severityRemoved, {
                      maximumFractionDigits: 0,
                    }),
                  })
                : training.peopleTrained.length > 0
                  ? t('past.noGap', { count: training.peopleTrained.length })
                  : t('past.noExpertise')}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
