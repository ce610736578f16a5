import { TRAINING_FORMAT_LABELS, type TrainingFormat } from '@schutznetz/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { useLocale, useLooseT, useOptionLabel } from '../editing/options';
import type { TrainingPlanQuery } from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { RecordTrainingForm } from './record-training-form';

export type Proposed = TrainingPlanQuery['trainingPlan']['trainings'][number];

const PRIORITY_SYMBOL: Readonly<Record<string, string>> = { HIGH: '▲▲▲', MEDIUM: '▲▲', LOW: '▲' };

/** "IN_PERSON" → the domain's label of `in_person` in the UI language. */
export function useFormatLabel(): (format: string) => string {
  const locale = useLocale();
  return (format) => TRAINING_FORMAT_LABELS[format.toLowerCase() as TrainingFormat][locale];
}

/** One proposed training: when and how, who leads, who attends by institution, why, its effect. */
export function ProposedTrainingItem({
  training,
  onRecorded,
}: {
  readonly training: Proposed;
  readonly onRecorded: (message: string) => void;
}) {
  const { t } = useTranslation('trainings');
  const loose = useLooseT('trainings');
  const locale = useLocale();
  const optionLabel = useOptionLabel();
  const formatLabel = useFormatLabel();
  const { formatDate, formatNumber } = useFormat();
  const { canEdit } = useAuth();
  const [recording, setRecording] = useState(false);
  const places = (cells: readonly { municipality: { id: string } }[]) =>
    cells.map((cell) => optionLabel('region', cell.municipality.id)).join(', ');
  const trainer = training.trainer;
  return (
    <li className={`proposal priority-${training.priority.toLowerCase()}`} data-testid="proposal">
      <h3>{training.title[locale]}</h3>
      <p>
        <span className="badge">
          <span aria-hidden="true">{PRIORITY_SYMBOL[training.priority]} </span>
          {loose(`priority.${training.priority}`)}
        </span>{' '}
        {t('proposals.when', {
          quarter: training.quarter,
          date: formatDate(training.date),
          format: formatLabel(training.format),
        })}
      </p>
      <p>
        {trainer?.person
          ? t(trainer.sibling ? 'proposals.trainerSibling' : 'proposals.trainer', {
              name: trainer.person.name,
              institution: trainer.institution?.name ?? '',
            })
          : t('proposals.trainerExternal')}
      </p>
      <ul>
        {training.reasons.map((reason, index) => (
          <li key={index}>{reason[locale]}</li>
        ))}
      </ul>
      <p>
        {training.effect.gapsClosed.length > 0
          ? t('proposals.closes', {
              gaps: t('proposals.gapsCount', { count: training.effect.gapsClosed.length }),
              places: places(training.effect.cellsGained),
              population: training.effect.populationReached,
              severity: formatNumber(training.effect.severityRemoved, { maximumFractionDigits: 0 }),
            })
          : t('proposals.closesNone')}{' '}
        {training.effect.cellsSecured.length > 0 &&
          t('proposals.secures', { places: places(training.effect.cellsSecured) })}{' '}
        {t('proposals.holders', { before: training.holdersBefore, after: training.holdersAfter })}
      </p>
      <h4>{t('proposals.audience', { count: training.seatCount })}</h4>
      <ul className="attendees">
        {training.audience.map((group) => (
          <li key={group.institution.id}>
            <strong>{group.institution.name}</strong>
            {': '}
            {[
              ...group.people.map((person) => person.name),
              ...(group.openSeats > 0 ? [t('proposals.openSeats')] : []),
            ].join(', ')}
          </li>
        ))}
      </ul>
      {canEdit && !recording && (
        <div className="proposal-actions">
          <button
            type="button"
            onClick={() => {
              setRecording(true);
            }}
          >
            {t('record.open')}
          </button>
        </div>
      )}
      {canEdit && recording && (
        <RecordTrainingForm
          initial={{
            topic: training.topic.id,
            title: training.title[locale],
            people: training.audience.flatMap((group) => group.people),
          }}
          onDone={(message) => {
            setRecording(false);
            onRecorded(message);
          }}
          onCancel={() => {
            setRecording(false);
          }}
        />
      )}
    </li>
  );
}
