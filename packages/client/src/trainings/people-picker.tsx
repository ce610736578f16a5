import { skipToken, useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDIT_SEARCH } from '../editing/search.graphql';

export interface PickedPerson {
  readonly id: string;
  readonly name: string;
}

/**
 * Picks any number of people from everyone recorded: a search field (two letters or more), the
 * hits to add with a button each, and the chosen people with a button to take each out again.
 */
export function PeoplePicker({
  value,
  onChange,
  invalid,
  errorId,
}: {
  readonly value: readonly PickedPerson[];
  readonly onChange: (people: readonly PickedPerson[]) => void;
  readonly invalid: boolean;
  readonly errorId: string;
}) {
  const { t } = useTranslation('trainings');
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text.trim());
  const searchId = useId();
  const { data, loading } = useQuery(
    EDIT_SEARCH,
    deferred.length < 2
      ? skipToken
      : { variables: { text: deferred, kinds: ['PERSON'], first: 20 } },
  );
  const chosen = new Set(value.map((person) => person.id));
  const hits = (data?.search ?? []).flatMap((hit) => {
    const node = hit.node as Readonly<Record<string, unknown>>;
    const id = node['id'];
    const name = node['displayName'];
    const role = node['functionTitle'];
    if (typeof id !== 'string' || typeof name !== 'string') return [];
    return [{ id, name, role: typeof role === 'string' ? role : '' }];
  });
  return (
    <div className="people-picker">
      <label htmlFor={searchId}>{t('record.search')}</label>
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
        <ul className="people-hits" aria-label={t('record.hits', { count: hits.length })}>
          {loading && hits.length === 0 && <li role="status">{t('record.searching')}</li>}
          {!loading && hits.length === 0 && <li>{t('record.noHits')}</li>}
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                disabled={chosen.has(hit.id)}
                onClick={() => {
                  onChange([...value, { id: hit.id, name: hit.name }]);
                }}
              >
                {t('record.add', { name: hit.name })}
              </button>{' '}
              {hit.role}
            </li>
          ))}
        </ul>
      )}
      <p className="hint" aria-live="polite">
        {t('record.chosenCount', { count: value.length })}
      </p>
      {value.length > 0 && (
        <ul className="people-chosen">
          {value.map((person) => (
            <li key={person.id}>
              {person.name}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onChange(value.filter((p) => p.id !== person.id));
                }}
              >
                {t('record.remove', { name: person.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
