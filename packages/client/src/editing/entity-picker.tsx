import { skipToken, useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchKind } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { EDIT_SEARCH } from './search.graphql';

/** The words a search hit is shown with; a meeting's date in the UI language. */
function hitLabel(node: Readonly<Record<string, unknown>>, language: string): string {
  const name = node['name'] ?? node['displayName'] ?? node['title'];
  const date = node['date'];
  const extra =
    node['functionTitle'] ?? (typeof date === 'string' && date ? formatDate(date, language) : date);
  return [name, extra].filter((part) => typeof part === 'string' && part !== '').join(' – ');
}

/**
 * Picks an institution, person or other entry by words in its name: a search field, then the
 * hits in a list box (keyboard: type, Tab, arrows). The chosen id goes to `onChange`.
 */
export function EntityPicker({
  label,
  kinds,
  value,
  knownLabel,
  onChange,
  messages,
  required,
}: {
  readonly label: string;
  readonly kinds: readonly SearchKind[];
  readonly value: string;
  readonly knownLabel?: string | undefined;
  readonly onChange: (id: string) => void;
  readonly messages: readonly string[];
  readonly required?: boolean | undefined;
}) {
  const { t, i18n } = useTranslation('editing');
  const language = i18n.resolvedLanguage ?? 'de';
  const [text, setText] = useState('');
  const [chosenLabel, setChosenLabel] = useState<string | undefined>(knownLabel);
  const deferred = useDeferredValue(text.trim());
  const searchId = useId();
  const listId = useId();
  const errorId = useId();
  const { data } = useQuery(
    EDIT_SEARCH,
    deferred.length < 2
      ? skipToken
      : { variables: { text: deferred, kinds: [...kinds], first: 15 } },
  );
  const hits = (data?.search ?? []).flatMap((hit) => {
    const node = hit.node as Readonly<Record<string, unknown>>;
    const id = node['id'];
    return typeof id === 'string' ? [{ id, label: hitLabel(node, language) }] : [];
  });
  const invalid = messages.length > 0;
  return (
    <fieldset className="field field-group entity-picker">
      <legend>
        {label}
        {required && (
          <span className="required">
            {' '}
            <span aria-hidden="true">*</span>
            <span className="visually-hidden">{t('common.required')}</span>
          </span>
        )}
      </legend>
      <p className="hint" aria-live="polite">
        {value
          ? t('picker.chosen', { label: chosenLabel ?? knownLabel ?? value })
          : t('picker.nothingChosen')}
      </p>
      <label htmlFor={searchId}>{t('picker.search')}</label>
      <input
        id={searchId}
        type="search"
        value={text}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      {deferred.length >= 2 && (
        <>
          <label htmlFor={listId}>{t('picker.hits', { count: hits.length })}</label>
          <select
            id={listId}
            size={Math.min(Math.max(hits.length, 2), 8)}
            value={value}
            onChange={(event) => {
              const hit = hits.find((candidate) => candidate.id === event.target.value);
              setChosenLabel(hit?.label);
              onChange(hit?.id ?? '');
            }}
          >
            {hits.map((hit) => (
              <option key={hit.id} value={hit.id}>
                {hit.label}
              </option>
            ))}
          </select>
        </>
      )}
      {invalid && (
        <p id={errorId} className="field-error">
          <span className="error-mark" aria-hidden="true" />
          {messages.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
