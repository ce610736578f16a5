import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { RequireMember } from '../auth/require-member';
import { ErrorReason } from '../errors/error-reason';
import { ExportButton } from '../exports/export-button';
import { useDocumentTitle } from '../views/use-document-title';
import { PastTrainings } from './past-trainings';
import { PlanEffectSection, YearPlan } from './plan-effect';
import { ProposedTrainingItem } from './proposed-training';
import { RecordTrainingForm } from './record-training-form';
import { TRAINING_PLAN_QUERY } from './training-plan.query';
import './trainings.css';

const COUNTS = [3, 5, 8, 10, 15, 20, 30, 50] as const;
const SEATS = [8, 10, 12, 15, 20] as const;

/**
 * `/trainings`: the year plan under a budget (trainings, seats) with its effect in words, the
 * proposals with trainer and audience by institution, recording any completed training, the
 * past trainings with their effect, and the plan as CSV and iCal; for network members (the
 * public view says why it is empty).
 */
export function TrainingsView() {
  const { t } = useTranslation('trainings');
  const headingId = useId();
  useDocumentTitle(t('title'));
  const [count, setCount] = useState(8);
  const [seats, setSeats] = useState(12);
  const [recordingAny, setRecordingAny] = useState(false);
  // The plan is internal (decision 011): not even asked for in the public view.
  const member = useAuth().viewer?.canSeeContacts === true;
  const { canEdit } = useAuth();
  const { data, loading, error } = useQuery(
    TRAINING_PLAN_QUERY,
    member ? { variables: { count, seats } } : skipToken,
  );
  const plan = data?.trainingPlan;
  const [recorded, setRecorded] = useState<string | null>(null);
  const countId = useId();
  const seatsId = useId();
  const params = plan
    ? { count: String(count), seats: String(seats), year: String(plan.year) }
    : {};

  return (
    <section className="view trainings-view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RequireMember notice={t('membersOnly')} loading={t('loading')}>
        <div className="budget">
          <div className="field">
            <label htmlFor={countId}>{t('count')}</label>
            <select
              id={countId}
              value={count}
              onChange={(event) => {
                setCount(Number(event.target.value));
              }}
            >
              {COUNTS.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={seatsId}>{t('seats')}</label>
            <select
              id={seatsId}
              value={seats}
              onChange={(event) => {
                setSeats(Number(event.target.value));
              }}
            >
              {SEATS.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
        </div>
        {recorded && (
          <p className="notice" role="status">
            <span aria-hidden="true">✓ </span>
            {recorded}
          </p>
        )}
        {canEdit && !recordingAny && (
          <div className="proposal-actions">
            <button
              type="button"
              onClick={() => {
                setRecordingAny(true);
              }}
            >
              {t('record.openAny')}
            </button>
          </div>
        )}
        {canEdit && recordingAny && (
          <RecordTrainingForm
            initial={{}}
            onDone={(message) => {
              setRecordingAny(false);
              setRecorded(message);
            }}
            onCancel={() => {
              setRecordingAny(false);
            }}
          />
        )}
        {loading && !plan && <p role="status">{t('loading')}</p>}
        {error && (
          <p role="alert">
            {t('error')} <ErrorReason error={error} />
          </p>
        )}
        {plan && (
          <>
            <div className="proposal-actions downloads">
              <ExportButton
                name="training-plan"
                format="csv"
                params={params}
                label={t('download.csv')}
              />
              <ExportButton
                name="training-plan"
                format="ics"
                params={params}
                label={t('download.ics')}
              />
            </div>
            <PlanEffectSection plan={plan} />
            <YearPlan plan={plan} />
            <h2>{t('proposals.title', { count: plan.trainings.length })}</h2>
            <ol className="proposals">
              {plan.trainings.map((training) => (
                <ProposedTrainingItem
                  key={training.id}
                  training={training}
                  onRecorded={setRecorded}
                />
              ))}
            </ol>
          </>
        )}
        <PastTrainings />
      </RequireMember>
    </section>
  );
}
