import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterPanel } from '../explorer/filter-panel';
import { buildFilterOptions } from '../explorer/filter-options';
import { readFilters, writeFilters } from '../explorer/explorer-url';
import { NetworkLoadStatus } from '../explorer/network-load-status';
import { useExplorerData } from '../explorer/use-explorer-data';
import { EmergencyCardLink } from '../emergency-card/emergency-card-link';
import { useRegion } from '../region/region-context';
import { useDocumentTitle } from '../views/use-document-title';
import { EditLink, editPath } from '../explorer/edit-link';
import {
  DEFAULT_SORT,
  SORT_KEYS,
  buildRows,
  nextSort,
  readSort,
  sortRows,
  writeSort,
  type SortKey,
} from './directory-rows';
import './directory.css';

/** The directory: the explorer's selection as a sortable table, for lists and screen readers. */
export function DirectoryView() {
  const { t } = useTranslation('directory');
  const headingId = useId();
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const { data, loading, error, retry, locale, peopleVisible, canEdit } = useExplorerData();
  const region = useRegion();
  // The public view has no people, so it has no people column to sort by either.
  const columns: readonly SortKey[] = peopleVisible
    ? SORT_KEYS
    : SORT_KEYS.filter((key) => key !== 'people');
  const requestedSort = useMemo(() => readSort(params), [params]);
  const sort = columns.includes(requestedSort.key) ? requestedSort : DEFAULT_SORT;
  const rows = useMemo(
    () => (data ? sortRows(buildRows(data, filters, locale, region), sort, locale) : []),
    [data, filters, sort, locale, region],
  );
  const options = useMemo(
    () => (data ? buildFilterOptions(data, locale, region) : undefined),
    [data, locale, region],
  );

  const setSort = (key: SortKey) => {
    const next = new URLSearchParams(params);
    writeSort(next, nextSort(sort, key));
    setParams(next, { replace: true });
  };
  const explorerParams = new URLSearchParams();
  writeFilters(explorerParams, filters);
  const explorerLink = (id: string) => {
    const link = new URLSearchParams(explorerParams);
    link.set('selected', id);
    return { pathname: '/explorer', search: link.toString() };
  };

  return (
    <section className="view directory-view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <EmergencyCardLink municipalities={filters.municipalities} />
      <NetworkLoadStatus
        namespace="directory"
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={retry}
      />
      {data && !peopleVisible && <p className="notice">{t('peopleHidden')}</p>}
      {data && options && (
        <div className="directory-layout">
          <FilterPanel
            filters={filters}
            options={options}
            showLayers={false}
            onChange={(next) => {
              const updated = new URLSearchParams();
              writeFilters(updated, next);
              writeSort(updated, sort);
              setParams(updated, { replace: true });
            }}
          />
          <div className="directory-main">
            <p role="status">
              {t('count', { count: rows.length })}{' '}
              <Link to={{ pathname: '/explorer', search: explorerParams.toString() }}>
                {t('showGraph')}
              </Link>
            </p>
            <div className="directory-scroll">
              <table className="directory-table">
                <caption className="visually-hidden">
                  {t('caption', {
                    column: t(`columns.${sort.key}`),
                    order: t(`sort.${sort.order}`),
                  })}
                </caption>
                <thead>
                  <tr>
                    {columns.map((key) => (
                      <th
                        key={key}
                        scope="col"
                        aria-sort={sort.key === key ? sort.order : undefined}
                      >
                        <button
                          type="button"
                          onClick={() => {
                            setSort(key);
                          }}
                        >
                          {t(`columns.${key}`)}
                          <span aria-hidden="true" className="sort-mark">
                            {sort.key === key ? (sort.order === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                          </span>
                        </button>
                      </th>
                    ))}
                    <th scope="col">{t('columns.networks')}</th>
                    {canEdit && (
                      <th scope="col">
                        <span className="visually-hidden">{t('columns.edit')}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        <Link to={explorerLink(row.id)}>{row.name}</Link>
                        {row.available24x7 && (
                          <span className="tag"> {t('tags.available24x7')}</span>
                        )}
                        {row.articulationPoint && (
                          <span className="tag"> {t('tags.articulation')}</span>
                        )}
                        {row.singlePointOfFailure && <span className="tag"> {t('tags.spof')}</span>}
                      </th>
                      <td>{row.kind}</td>
                      <td>{row.municipality}</td>
                      <td>
                        {row.services.length > 0 ? (
                          <ul>
                            {row.services.map((service) => (
                              <li key={service}>{service}</li>
                            ))}
                          </ul>
                        ) : (
                          '–'
                        )}
                      </td>
                      {peopleVisible && (
                        <td>
                          {row.people.length > 0 ? (
                            <ul>
                              {row.people.map((person) => (
                                <li key={person.id}>
                                  <Link to={explorerLink(person.id)}>{person.name}</Link>
                                </li>
                              ))}
                            </ul>
                          ) : (
                            '–'
                          )}
                        </td>
                      )}
                      <td className="number">{t('number', { value: row.degree })}</td>
                      <td>{row.networks.join(', ') || '–'}</td>
                      {canEdit && (
                        <td>
                          <EditLink to={editPath('institution', row.id)} name={row.name} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
