import { skipToken, useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EditPage, EditSection } from './edit-page';
import { NETWORKS_FOR_EDIT } from './network.graphql';
import { useLooseT } from './options';
import { EDIT_SEARCH } from './search.graphql';

const SEARCH_KINDS = ['INSTITUTION', 'PERSON', 'SERVICE', 'NETWORK', 'MEETING'] as const;

/** Where each kind of search hit is edited. */
const EDIT_PATHS: Readonly<Record<string, string>> = {
  INSTITUTION: 'institution',
  PERSON: 'person',
  SERVICE: 'service',
  NETWORK: 'network',
  MEETING: 'meeting',
};

/** The address of the edit page of an entry, by its search kind; undefined when not editable. */
export function editPathOf(kind: string, id: string): string | undefined {
  const segment = EDIT_PATHS[kind];
  return segment ? `/edit/${segment}/${encodeURIComponent(id)}` : undefined;
}

/** `/edit`: find the entry to edit, or create one. */
export function EditHome() {
  const { t } = useTranslation('editing');
  const loose = useLooseT('editing');
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text.trim());
  const searchId = useId();
  const { data } = useQuery(
    EDIT_SEARCH,
    deferred.length < 2
      ? skipToken
      : { variables: { text: deferred, kinds: [...SEARCH_KINDS], first: 30 } },
  );
  const networks = useQuery(NETWORKS_FOR_EDIT).data?.networks.nodes ?? [];
  const hits = (data?.search ?? []).flatMap((hit) => {
    const node = hit.node as Readonly<Record<string, unknown>>;
    const id = node['id'];
    const name = node['name'] ?? node['displayName'] ?? node['title'];
    const path = typeof id === 'string' ? editPathOf(hit.kind, id) : undefined;
    return path && typeof name === 'string' ? [{ path, name, kind: hit.kind }] : [];
  });
  return (
    <EditPage title={t('home.title')}>
      <p>{t('home.intro')}</p>
      <div className="field">
        <label htmlFor={searchId}>{t('home.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
      </div>
      {deferred.length >= 2 && (
        <EditSection title={t('home.results')}>
          {hits.length === 0 ? (
            <p>{t('home.noResults')}</p>
          ) : (
            <ul className="item-list" aria-live="polite">
              {hits.map((hit) => (
                <li key={hit.path}>
                  <Link to={hit.path}>{hit.name}</Link>{' '}
                  <span className="badge">{loose(`home.kinds.${hit.kind}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </EditSection>
      )}
      <EditSection title={t('home.create')}>
        <ul className="item-list">
          <li>
            <Link to="/edit/institution/new">{t('home.newInstitution')}</Link>
          </li>
          <li>
            <Link to="/edit/person/new">{t('home.newPerson')}</Link>
          </li>
          <li>
            <Link to="/edit/meeting/new">{t('home.newMeeting')}</Link>
          </li>
        </ul>
      </EditSection>
      <p>
        <Link to="/edit/deleted">{t('home.deletedLink')}</Link>
      </p>
      <EditSection title={t('network.list')}>
        <ul className="item-list">
          {networks.map((network) => (
            <li key={network.id}>
              <Link to={`/edit/network/${encodeURIComponent(network.id)}`}>{network.name}</Link>
            </li>
          ))}
        </ul>
      </EditSection>
    </EditPage>
  );
}
