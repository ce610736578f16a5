import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../editing/options';
import type { AgendaItemKind } from '../gql/graphql';
import {
  personalDataMessages,
  serverPersonalDataMessages,
} from '../reviews/personal-data-problems';
import type { MeetingDetailData } from './meeting-detail';
import { UPDATE_MEETING_AGENDA } from './meetings.graphql';
import { NotSaved } from './not-saved';

interface Row {
  readonly title: string;
  readonly kind: AgendaItemKind;
  readonly presenterId: string;
}

const KINDS: readonly AgendaItemKind[] = ['OFFER', 'NEED', 'TOPIC'];

function rowsOf(meeting: MeetingDetailData): Row[] {
  return meeting.agenda.map((item) => ({
    title: item.title,
    kind: item.kind,
    presenterId: item.presenterInstitution?.id ?? item.presenterPerson?.id ?? '',
  }));
}

/**
 * The agenda in order, for coordinators: items added, moved and removed, each an offer, a need
 * or a topic with the member presenting it; saved as a whole at the version read.
 */
export function AgendaEditor({
  meeting,
  onSaved,
}: {
  readonly meeting: MeetingDetailData;
  readonly onSaved: () => void;
}) {
  const { t } = useTranslation('meetings');
  const locale = useLocale();
  const baseId = useId();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(meeting));
  const [messages, setMessages] = useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(UPDATE_MEETING_AGENDA);
  const presenters = [
    ...meeting.institutions.map((i) => ({ id: i.id, name: i.name })),
    ...meeting.people.map((p) => ({ id: p.id, name: p.displayName })),
  ];
  const change = (index: number, changes: Partial<Row>) => {
    setRows(rows.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  };
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (row) next.splice(index + by, 0, row);
    setRows(next);
  };

  const submit = async () => {
    setFailure(null);
    const fields = Object.fromEntries(rows.map((row, i) => [`agenda.${i}`, row.title]));
    const found = personalDataMessages(fields, locale);
    setMessages(found);
    if (Object.keys(found).length) return;
    try {
      await save({
        variables: {
          input: {
            id: meeting.id,
            version: meeting.version,
            agenda: rows
              .filter((row) => row.title.trim())
              .map((row) => ({
                title: row.title.trim(),
                kind: row.kind,
                ...(row.presenterId ? { presenterId: row.presenterId } : {}),
              })),
          },
        },
      });
      onSaved();
    } catch (error) {
      const refused = CombinedGraphQLErrors.is(error)
        ? serverPersonalDataMessages(error.errors, locale)
        : {};
      if (Object.keys(refused).length) setMessages(refused);
      else setFailure(error);
    }
  };

  return (
    <fieldset className="agenda-editor">
      <legend>{t('agenda.edit')}</legend>
      {rows.map((row, index) => (
        <div key={index} className="agenda-row">
          <label htmlFor={`${baseId}-${index}-title`}>
            {t('agenda.item', { position: index + 1 })}
          </label>
          <input
            id={`${baseId}-${index}-title`}
            value={row.title}
            aria-invalid={messages[`agenda.${index}`] !== undefined}
            onChange={(e) => {
              change(index, { title: e.target.value });
            }}
          />
          <label htmlFor={`${baseId}-${index}-kind`}>{t('agenda.kind')}</label>
          <select
            id={`${baseId}-${index}-kind`}
            value={row.kind}
            onChange={(e) => {
              change(index, { kind: e.target.value as AgendaItemKind });
            }}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`agenda.kinds.${kind}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${baseId}-${index}-presenter`}>{t('agenda.presenter')}</label>
          <select
            id={`${baseId}-${index}-presenter`}
            value={row.presenterId}
            onChange={(e) => {
              change(index, { presenterId: e.target.value });
            }}
          >
            <option value="">{t('agenda.noPresenter')}</option>
            {presenters.map((presenter) => (
              <option key={presenter.id} value={presenter.id}>
                {presenter.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={index === 0}
            onClick={() => {
              move(index, -1);
            }}
          >
            {t('agenda.up')}
          </button>
          <button
            type="button"
            disabled={index === rows.length - 1}
            onClick={() => {
              move(index, 1);
            }}
          >
            {t('agenda.down')}
          </button>
          <button
            type="button"
            onClick={() => {
              setRows(rows.filter((_, i) => i !== index));
            }}
          >
            {t('agenda.remove')}
          </button>
          {messages[`agenda.${index}`] !== undefined && (
            <p className="field-error" role="alert">
              {messages[`agenda.${index}`]}
            </p>
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          setRows([...rows, { title: '', kind: 'TOPIC', presenterId: '' }]);
        }}
      >
        {t('agenda.add')}
      </button>
      <NotSaved failure={failure} />
      <button type="button" disabled={loading} onClick={() => void submit()}>
        {t('agenda.save')}
      </button>
    </fieldset>
  );
}
