import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../editing/options';
import {
  personalDataMessages,
  serverPersonalDataMessages,
} from '../reviews/personal-data-problems';
import type { MeetingDetailData } from './meeting-detail';
import { CREATE_ACTION_ITEM } from './meetings.graphql';
import { NotSaved } from './not-saved';

/** A new action item of the meeting: what, who is responsible, by when, for which gaps. */
export function ActionItemForm({
  meeting,
  gaps,
  onSaved,
}: {
  readonly meeting: MeetingDetailData;
  readonly gaps: readonly { readonly id: string; readonly title: string }[];
  readonly onSaved: () => void;
}) {
  const { t } = useTranslation('meetings');
  const locale = useLocale();
  const id = useId();
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [responsibleId, setResponsibleId] = useState('');
  const [gapIds, setGapIds] = useState<string[]>([]);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CREATE_ACTION_ITEM);
  const responsible = [
    ...meeting.institutions.map((i) => ({ id: i.id, name: i.name })),
    ...meeting.people.map((p) => ({ id: p.id, name: p.displayName })),
  ];

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setFailure(null);
    const found =
      text.trim().length < 3
        ? t('actions.tooShort')
        : personalDataMessages({ text }, locale)['text'];
    setMessage(found);
    if (found !== undefined) return;
    try {
      await create({
        variables: {
          input: {
            text: text.trim(),
            meetingId: meeting.id,
            gapIds,
            responsibleIds: responsibleId ? [responsibleId] : [],
            ...(dueDate ? { dueDate } : {}),
          },
        },
      });
      setText('');
      setDueDate('');
      setResponsibleId('');
      setGapIds([]);
      onSaved();
    } catch (error) {
      const refused = CombinedGraphQLErrors.is(error)
        ? serverPersonalDataMessages(error.errors, locale)['text']
        : undefined;
      if (refused !== undefined) setMessage(refused);
      else setFailure(error);
    }
  };

  return (
    <form className="action-item-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('actions.new')}</h3>
      <label htmlFor={`${id}-text`}>{t('actions.text')}</label>
      <input
        id={`${id}-text`}
        value={text}
        aria-invalid={message !== undefined}
        aria-describedby={message !== undefined ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      {message !== undefined && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {message}
        </p>
      )}
      <label htmlFor={`${id}-responsible`}>{t('actions.responsible')}</label>
      <select
        id={`${id}-responsible`}
        value={responsibleId}
        onChange={(e) => {
          setResponsibleId(e.target.value);
        }}
      >
        <option value="">{t('actions.nobody')}</option>
        {responsible.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-due`}>{t('actions.due')}</label>
      <input
        id={`${id}-due`}
        type="date"
        value={dueDate}
        onChange={(e) => {
          setDueDate(e.target.value);
        }}
      />
      <fieldset>
        <legend>{t('actions.gaps')}</legend>
        {gaps.map((gap) => (
          <label key={gap.id} className="checkbox">
            <input
              type="checkbox"
              checked={gapIds.includes(gap.id)}
              onChange={(e) => {
                setGapIds(
                  e.target.checked ? [...gapIds, gap.id] : gapIds.filter((g) => g !== gap.id),
                );
              }}
            />
            {gap.title}
          </label>
        ))}
      </fieldset>
      <NotSaved failure={failure} />
      <button type="submit" disabled={loading}>
        {t('actions.add')}
      </button>
    </form>
  );
}
