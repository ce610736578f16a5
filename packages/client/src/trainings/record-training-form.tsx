import { useMutation } from '@apollo/client/react';
import { TOPICS } from '@schutznetz/domain';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../editing/editing.css';
import { OPTION_VALUES, useLooseT, useOptionLabel } from '../editing/options';
import { classifySaveError, type SaveFailure } from '../editing/server-errors';
import { useErrorText } from '../errors/use-error-text';
import type { RecordCompletedTrainingInput } from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { PeoplePicker } from './people-picker';
import { RECORD_COMPLETED_TRAINING } from './training-plan.query';
import { recordProblems, toRecordInput, type RecordDraft } from './training-record';

/** Today in the county. */
export function todayInBerlin(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

const CATALOGUE_TOPICS = TOPICS.filter((topic) => !topic.isGroup).map((topic) => topic.code);

/**
 * Records a completed training: any topic, any title, anyone recorded as participant (a
 * proposal only fills the form in). One mutation, one transaction; coverage, the plan and the
 * past trainings are read anew afterwards.
 */
export function RecordTrainingForm({
  initial,
  onDone,
  onCancel,
}: {
  readonly initial: Partial<RecordDraft>;
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation('trainings');
  const { codeText } = useErrorText();
  const loose = useLooseT('trainings');
  const optionLabel = useOptionLabel();
  const { formatDate } = useFormat();
  const id = useId();
  const today = todayInBerlin();
  const [draft, setDraft] = useState<RecordDraft>({
    topic: '',
    title: '',
    date: today,
    provider: '',
    level: 'BASIC',
    people: [],
    ...initial,
  });
  const [shown, setShown] = useState<readonly string[]>([]);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [record, { loading }] = useMutation(RECORD_COMPLETED_TRAINING, {
    // Coverage, the plan and the past trainings are measured anew once the expertise is stored.
    refetchQueries: ['TrainingPlan', 'PastTrainings', 'Coverage', 'Resilience'],
    awaitRefetchQueries: true,
  });
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problems = recordProblems(draft, today);
    setShown(problems);
    if (problems.length) return;
    try {
      const result = await record({
        variables: { input: toRecordInput(draft) as RecordCompletedTrainingInput },
      });
      const done = result.data?.recordCompletedTraining;
      onDone(
        t('record.done', {
          title: draft.title.trim(),
          people: t('record.peopleCount', { count: draft.people.length }),
          entries: t('record.entriesCount', { count: done?.expertiseCreated ?? 0 }),
        }),
      );
    } catch (error) {
      setFailure(
        classifySaveError(error, ['topic', 'title', 'date', 'provider', 'personIds', 'level']),
      );
    }
  };
  const problem = (key: string) =>
    shown.includes(key) ? (
      <p id={`${id}-${key}-error`} className="field-error">
        <span className="error-mark" aria-hidden="true" />
        {loose(`record.problems.${key}`)}
      </p>
    ) : null;
  const described = (key: string) => (shown.includes(key) ? `${id}-${key}-error` : undefined);
  const text = (key: 'title' | 'provider', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={draft[key]}
        aria-invalid={shown.includes(key) || undefined}
        aria-describedby={described(key)}
        onChange={(event) => {
          setDraft({ ...draft, [key]: event.target.value });
        }}
      />
      {problem(key)}
    </div>
  );
  return (
    <form className="record-form entity-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t('record.title')}</h3>
      <p className="hint">{t('record.anyone')}</p>
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
        <label htmlFor={`${id}-topic`}>{t('record.topic')}</label>
        <select
          id={`${id}-topic`}
          value={draft.topic}
          aria-invalid={shown.includes('topic') || undefined}
          aria-describedby={described('topic')}
          onChange={(event) => {
            setDraft({ ...draft, topic: event.target.value });
          }}
        >
          <option value="">{t('record.chooseTopic')}</option>
          {CATALOGUE_TOPICS.map((code) => (
            <option key={code} value={code}>
              {optionLabel('topic', code)}
            </option>
          ))}
        </select>
        {problem('topic')}
      </div>
      {text('title', t('record.name'))}
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('record.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          max={today}
          value={draft.date}
          aria-invalid={shown.includes('date') || undefined}
          aria-describedby={described('date') ?? (draft.date ? `${id}-date-echo` : undefined)}
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
      {text('provider', t('record.provider'))}
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
        <PeoplePicker
          value={draft.people}
          invalid={shown.includes('people')}
          errorId={`${id}-people-error`}
          onChange={(people) => {
            setDraft({ ...draft, people });
          }}
        />
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
