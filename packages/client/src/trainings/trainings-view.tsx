import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { RequireMember } from '../auth/require-member';
import '../editing/editing.css';
import { OPTION_VALUES, useLocale, useLooseT, useOptionLabel } from '../editing/options';
import { classifySaveError, type SaveFailure } from '../editing/server-errors';
import { ErrorReason } from '../errors/error-reason';
import { useErrorText } from '../errors/use-error-text';
import type { RecordCompletedTrainingInput, TrainingPlanQuery } from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { useDocumentTitle } from '../views/use-document-title';
import { RECORD_COMPLETED_TRAINING, TRAINING_PLAN_QUERY } from './training-plan.query';
import { planEffect, recordProblems, toRecordInput, type RecordDraft } from './training-record';
import './trainings.css';

type Proposed = TrainingPlanQuery['trainingPlan']['trainings'][number];

/** Whole numbers only: severity sums are not meant to be read to the decimal. */
const WHOLE = { maximumFractionDigits: 0 } as const;

const PRIORITY_SYMBOL: Readonly<Record<string, string>> = { HIGH: '▲▲▲', MEDIUM: '▲▲', LOW: '▲' };

/**
 * `/trainings`: proposed trainings, the coverage after them, and recording one as done; for
 * network members (the public view says why it is empty).
 */
export function TrainingsView() {
  const { t } = useTranslation('trainings');
  const headingId = useId();
  useDocumentTitle(t('title'));
  const [maxTrainings, setMaxTrainings] = useState(8);
  // The plan is internal (decision 011): not even asked for in the public view.
  const member = useAuth().viewer?.canSeeContacts === true;
  const { data, loading, error } = useQuery(
    TRAINING_PLAN_QUERY,
    member ? { variables: { maxTrainings, maxAttendees: 6 } } : skipToken,
  );
  const plan = data?.trainingPlan;
  const effect = plan ? planEffect(plan.simulation.before, plan.simulation.after) : null;
  const [recorded, setRecorded] = useState<string | null>(null);
  const countId = useId();
  const { formatNumber } = useFormat();

  return (
    <section className="view trainings-view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RequireMember notice={t('membersOnly')} loading={t('loading')}>
        <div className="field">
          <label htmlFor={countId}>{t('maxTrainings')}</label>
          <select
            id={countId}
            value={maxTrainings}
            onChange={(event) => {
              setMaxTrainings(Number(event.target.value));
            }}
          >
            {[3, 5, 8, 10, 15, 20].map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </div>
        {recorded && (
          <p className="notice" role="status">
            <span aria-hidden="true">✓ </span>
            {recorded}
          </p>
        )}
        {loading && !plan && <p role="status">{t('loading')}</p>}
        {error && (
          <p role="alert">
            {t('error')} <ErrorReason error={error} />
          </p>
        )}
        {plan && effect && (
          <>
            <section aria-labelledby="simulation-title" className="simulation">
              <h2 id="simulation-title">{t('simulation.title')}</h2>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('simulation.figure')}</th>
                    <th scope="col">{t('simulation.before')}</th>
                    <th scope="col">{t('simulation.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t('simulation.cellsWithPerson')}</th>
                    <td>
                      {t('simulation.share', {
                        part: plan.simulation.before.cellsWithPerson,
                        whole: plan.simulation.before.cells,
                        percent: effect.percentBefore,
                      })}
                    </td>
                    <td>
                      {t('simulation.share', {
                        part: plan.simulation.after.cellsWithPerson,
                        whole: plan.simulation.after.cells,
                        percent: effect.percentAfter,
                      })}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{t('simulation.gaps')}</th>
                    <td>{formatNumber(plan.simulation.before.gaps)}</td>
                    <td>{formatNumber(plan.simulation.after.gaps)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('simulation.severity')}</th>
                    <td>{formatNumber(plan.simulation.before.totalSeverity, WHOLE)}</td>
                    <td>{formatNumber(plan.simulation.after.totalSeverity, WHOLE)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t('simulation.singlePerson')}</th>
                    <td>{formatNumber(plan.simulation.singlePersonTopicsBefore.length)}</td>
                    <td>{formatNumber(plan.simulation.singlePersonTopicsAfter.length)}</td>
                  </tr>
                </tbody>
              </table>
              <p>
                {t('simulation.summary', {
                  cells: t('simulation.cellsCount', { count: effect.cellsGained }),
                  gaps: t('simulation.gapsCount', { count: effect.gapsClosed }),
                  severity: effect.severityRemoved,
                })}
              </p>
            </section>
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
      </RequireMember>
    </section>
  );
}

function ProposedTrainingItem({
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
  const { canEdit } = useAuth();
  const [recording, setRecording] = useState(false);
  return (
    <li className={`proposal priority-${training.priority.toLowerCase()}`}>
      <h3>{training.title[locale]}</h3>
      <p>
        <span className="badge">
          <span aria-hidden="true">{PRIORITY_SYMBOL[training.priority]} </span>
          {loose(`priority.${training.priority}`)}
        </span>{' '}
        {optionLabel('topic', training.topic.id)}
      </p>
      <ul>
        {training.reasons.map((reason, index) => (
          <li key={index}>{reason[locale]}</li>
        ))}
      </ul>
      <p>
        {t('proposals.gain', {
          before: training.holdersBefore,
          after: training.holdersAfter,
          cells: t('proposals.cellsCount', { count: training.cellsGained.length }),
          population: training.populationReached,
        })}
      </p>
      <h4>{t('proposals.attendees')}</h4>
      <ul className="attendees">
        {training.attendees.map((attendee, index) => (
          <li key={attendee.person?.id ?? `${attendee.institution.id}-${index}`}>
            {attendee.person ? `${attendee.person.name}, ` : ''}
            {attendee.institution.name}
            {attendee.newlyCovered.length > 0 &&
              ` – ${t('proposals.newlyCovered', {
                places: attendee.newlyCovered
                  .map((region) => optionLabel('region', region.id))
                  .join(', '),
              })}`}
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
        <RecordForm
          training={training}
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

function todayInBerlin(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

function RecordForm({
  training,
  onDone,
  onCancel,
}: {
  readonly training: Proposed;
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation('trainings');
  const { codeText } = useErrorText();
  const loose = useLooseT('trainings');
  const locale = useLocale();
  const optionLabel = useOptionLabel();
  const { formatDate } = useFormat();
  const id = useId();
  const people = training.attendees.flatMap((attendee) =>
    attendee.person ? [attendee.person] : [],
  );
  const [draft, setDraft] = useState<RecordDraft>({
    title: training.title[locale],
    date: todayInBerlin(),
    level: 'BASIC',
    personIds: people.map((person) => person.id),
  });
  const [shown, setShown] = useState<readonly string[]>([]);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [record, { loading }] = useMutation(RECORD_COMPLETED_TRAINING, {
    // Coverage and the plan are measured anew once the expertise is stored.
    refetchQueries: ['TrainingPlan', 'Coverage', 'Resilience'],
    awaitRefetchQueries: true,
  });
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problems = recordProblems(draft);
    setShown(problems);
    if (problems.length) return;
    try {
      const result = await record({
        variables: {
          input: toRecordInput(training.topic.id, draft) as RecordCompletedTrainingInput,
        },
      });
      const done = result.data?.recordCompletedTraining;
      onDone(
        t('record.done', {
          title: draft.title.trim(),
          people: t('record.peopleCount', { count: done?.peopleUpdated.length ?? 0 }),
          entries: t('record.entriesCount', { count: done?.expertiseCreated ?? 0 }),
        }),
      );
    } catch (error) {
      setFailure(classifySaveError(error, ['title', 'date', 'personIds', 'level']));
    }
  };
  const problem = (key: string) =>
    shown.includes(key) ? (
      <p id={`${id}-${key}-error`} className="field-error">
        <span className="error-mark" aria-hidden="true" />
        {loose(`record.problems.${key}`)}
      </p>
    ) : null;
  return (
    <form className="record-form entity-form" noValidate onSubmit={(event) => void submit(event)}>
      <h4>{t('record.title')}</h4>
      {failure && (
        <p className="form-error" role="alert">
          {failure.kind === 'invalid'
            ? codeText('BAD_USER_INPUT')
            : failure.kind === 'forbidden'
              ? t('record.forbidden')
              : failure.kind === 'failed'
                ? `${t('record.failed')} ${codeText(failure.code)}`
                : t('record.failed')}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('record.name')}</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          aria-invalid={shown.includes('title') || undefined}
          aria-describedby={shown.includes('title') ? `${id}-title-error` : undefined}
          onChange={(event) => {
            setDraft({ ...draft, title: event.target.value });
          }}
        />
        {problem('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('record.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={draft.date}
          aria-invalid={shown.includes('date') || undefined}
          aria-describedby={
            shown.includes('date') ? `${id}-date-error` : draft.date ? `${id}-date-echo` : undefined
          }
          onChange={(event) => {
            setDraft({ ...draft, date: event.target.value });
          }}
        />
        {draft.date && (
          // The browser formats the input in its own language; this says the day in the UI's.
          <p id={`${id}-date-echo`} className="hint">
            {formatDate(draft.date)}
          </p>
        )}
        {problem('date')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('record.level')}</label>
        <select
          id={`${id}-level`}
          value={draft.level}
          onChange={(event) => {
            setDraft({ ...draft, level: event.target.value });
          }}
        >
          {OPTION_VALUES.expertiseLevel.map((level) => (
            <option key={level} value={level}>
              {optionLabel('expertiseLevel', level)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field-group">
        <legend>{t('record.people')}</legend>
        {people.length === 0 && <p className="hint">{t('record.noPeople')}</p>}
        {people.map((person) => (
          <label key={person.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.personIds.includes(person.id)}
              onChange={(event) => {
                setDraft({
                  ...draft,
                  personIds: event.target.checked
                    ? [...draft.personIds, person.id]
                    : draft.personIds.filter((candidate) => candidate !== person.id),
                });
              }}
            />{' '}
            {person.name}
          </label>
        ))}
        {problem('people')}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {t('record.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('record.cancel')}
        </button>
        {loading && <p role="status">{t('record.saving')}</p>}
      </div>
    </form>
  );
}
