import { useQuery } from '@apollo/client/react';
import { TOPICS } from '@schutznetz/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireMember } from '../auth/require-member';
import { useLocale, useLooseT, useOptionLabel } from '../editing/options';
import { ErrorReason } from '../errors/error-reason';
import type { CoverageQuery } from '../gql/graphql';
import { largestFirst, useRegion } from '../region/region-context';
import { useDocumentTitle } from '../views/use-document-title';
import { COVERAGE_QUERY, GAP_NETWORKS_QUERY, NETWORK_COMPOSITION_QUERY } from './gaps.query';
import {
  buildHeatmap,
  cellIds,
  coverageLevel,
  explorerHighlightUrl,
  heatmapCellClass,
} from './heatmap';
import { ResilienceSection } from './resilience-section';
import './gaps.css';

type Cell = CoverageQuery['coverage']['cells'][number];

const TOPIC_ORDER = TOPICS.filter((topic) => !topic.isGroup).map((topic) => topic.code);
const LEVEL_SYMBOL = { none: '✕', peopleOnly: '◔', thin: '◑', covered: '●' } as const;

/**
 * `/gaps`: coverage heatmap, ranked gaps, single points of failure, network composition; for
 * network members, since they show the network's weak points (the public view says why not).
 */
export function GapsView() {
  const { t } = useTranslation('gaps');
  const headingId = useId();
  useDocumentTitle(t('title'));
  return (
    <section className="view gaps-view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RequireMember notice={t('membersOnly')} loading={t('loading')}>
        <nav aria-label={t('sections')}>
          <ul className="section-links">
            <li>
              <a href="#heatmap">{t('heatmap.title')}</a>
            </li>
            <li>
              <a href="#gap-list">{t('list.title')}</a>
            </li>
            <li>
              <a href="#single-points">{t('single.title')}</a>
            </li>
            <li>
              <a href="#composition">{t('composition.title')}</a>
            </li>
          </ul>
        </nav>
        <CoverageSection />
        <ResilienceSection />
        <CompositionSection />
      </RequireMember>
    </section>
  );
}

function CoverageSection() {
  const { t } = useTranslation('gaps');
  const { data, loading, error } = useQuery(COVERAGE_QUERY);
  const [open, setOpen] = useState<Cell | null>(null);
  const optionLabel = useOptionLabel();
  const loose = useLooseT('gaps');
  const locale = useLocale();
  const region = useRegion();
  if (loading && !data) return <p role="status">{t('loading')}</p>;
  if (error || !data)
    return (
      <p role="alert">
        {t('error')} <ErrorReason error={error} />
      </p>
    );
  const coverage = data.coverage;
  // The loaded region's municipalities largest first; any other place the answer names after them.
  const order = largestFirst(region, locale);
  const map = buildHeatmap(coverage.cells, TOPIC_ORDER, [
    ...order,
    ...coverage.municipalities.filter((code) => !order.includes(code)),
  ]);
  const shelter = coverage.shelterCapacity;
  return (
    <>
      <section id="heatmap" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">{t('heatmap.title')}</h2>
        <p>
          {t('heatmap.summary', {
            cells: coverage.summary.cells,
            withService: coverage.summary.cellsWithService,
            withPerson: coverage.summary.cellsWithPerson,
            asOf: coverage.asOf,
          })}
        </p>
        <ul className="heat-legend" aria-label={t('heatmap.legend')}>
          {(['none', 'peopleOnly', 'thin', 'covered'] as const).map((level) => (
            <li key={level}>
              <span className={`heat heat-${level}`} aria-hidden="true">
                {LEVEL_SYMBOL[level]}
              </span>{' '}
              {loose(`levels.${level}`)}
            </li>
          ))}
        </ul>
        <div className="heatmap-scroll" tabIndex={0} role="region" aria-labelledby="heatmap-title">
          <table className="heatmap">
            <caption>{t('heatmap.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('heatmap.topic')}</th>
                {map.municipalities.map((code) => (
                  <th key={code} scope="col">
                    {optionLabel('region', code)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.topics.map((topic) => (
                <tr key={topic}>
                  <th scope="row">{optionLabel('topic', topic)}</th>
                  {map.municipalities.map((code) => {
                    const cell = map.cell(topic, code);
                    if (!cell) return <td key={code}>–</td>;
                    const level = coverageLevel(cell);
                    return (
                      <td key={code} className={heatmapCellClass(cell)}>
                        <button
                          type="button"
                          aria-pressed={open === cell}
                          aria-label={t('heatmap.cellLabel', {
                            topic: optionLabel('topic', topic),
                            municipality: optionLabel('region', code),
                            services: t('cell.services', { count: cell.serviceCount }),
                            people: t('cell.people', { count: cell.personCount }),
                            level: loose(`levels.${level}`),
                          })}
                          onClick={() => {
                            setOpen(cell);
                          }}
                        >
                          <span aria-hidden="true">{LEVEL_SYMBOL[level]} </span>
                          {t('heatmap.cellText', {
                            services: cell.serviceCount,
                            people: cell.personCount,
                          })}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {open && (
          <CellDetail
            cell={open}
            onClose={() => {
              setOpen(null);
            }}
          />
        )}
        <h3>{t('shelter.title')}</h3>
        <p>
          {t('shelter.text', {
            places: t('shelter.places', { count: shelter.places }),
            required: shelter.requiredPlaces,
            per10k: shelter.placesPer10k,
            shortfall: shelter.shortfall,
          })}
          {shelter.freePlaces != null && ` ${t('shelter.free', { free: shelter.freePlaces })}`}
        </p>
      </section>
      <section id="gap-list" aria-labelledby="gap-list-title">
        <h2 id="gap-list-title">{t('list.title')}</h2>
        <p>{t('list.intro')}</p>
        <ol className="gap-list">
          {coverage.gaps.slice(0, 40).map((gap) => (
            <li key={gap.id}>
              <strong>
                {optionLabel('topic', gap.topic.id)}
                {gap.municipality && ` – ${optionLabel('region', gap.municipality.id)}`}
              </strong>{' '}
              <span className="badge">{loose(`gapKinds.${gap.kind}`)}</span>{' '}
              <span className="badge">
                {t('list.severity', {
                  severity: gap.severity,
                  people: gap.peopleAffected,
                })}
              </span>
              <p>{gap.reason[locale]}</p>
            </li>
          ))}
        </ol>
        {coverage.gaps.length > 40 && <p>{t('list.more', { count: coverage.gaps.length - 40 })}</p>}
      </section>
    </>
  );
}

function CellDetail({ cell, onClose }: { readonly cell: Cell; readonly onClose: () => void }) {
  const { t } = useTranslation('gaps');
  const optionLabel = useOptionLabel();
  const headingId = useId();
  const ids = cellIds(cell);
  return (
    <section className="notice cell-detail" aria-labelledby={headingId} role="region">
      <h3 id={headingId} tabIndex={-1} ref={(element) => element?.focus()}>
        {t('cell.title', {
          topic: optionLabel('topic', cell.topic.id),
          municipality: optionLabel('region', cell.municipality.id),
        })}
      </h3>
      <h4>{t('cell.services', { count: cell.serviceCount })}</h4>
      {cell.services.length ? (
        <ul>
          {cell.services.map((service) => (
            <li key={service.id}>
              {service.name}
              {service.available24x7 && ` (${t('cell.open247')})`}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('cell.noServices')}</p>
      )}
      <h4>{t('cell.people', { count: cell.personCount })}</h4>
      {cell.people.length ? (
        <ul>
          {cell.people.map((person) => (
            <li key={person.id}>{person.name}</li>
          ))}
        </ul>
      ) : (
        <p>{cell.personCount > 0 ? t('cell.peopleHidden') : t('cell.noPeople')}</p>
      )}
      {cell.languages.length > 0 && (
        <p>
          {t('cell.languages', {
            languages: cell.languages.map((code) => optionLabel('language', code)).join(', '),
          })}
        </p>
      )}
      <div className="form-actions">
        {ids.length > 0 && <Link to={explorerHighlightUrl(ids)}>{t('cell.showOnGraph')}</Link>}
        <button type="button" onClick={onClose}>
          {t('cell.close')}
        </button>
      </div>
    </section>
  );
}

function CompositionSection() {
  const { t } = useTranslation('gaps');
  const { data } = useQuery(GAP_NETWORKS_QUERY);
  return (
    <section id="composition" aria-labelledby="composition-title">
      <h2 id="composition-title">{t('composition.title')}</h2>
      <p>{t('composition.intro')}</p>
      {data?.networks.nodes.map((network) => (
        <NetworkCompositionCard key={network.id} id={network.id} name={network.name} />
      ))}
    </section>
  );
}

function NetworkCompositionCard({ id, name }: { readonly id: string; readonly name: string }) {
  const { t } = useTranslation('gaps');
  const locale = useLocale();
  const optionLabel = useOptionLabel();
  const { data } = useQuery(NETWORK_COMPOSITION_QUERY, { variables: { network: id } });
  const composition = data?.networkComposition;
  return (
    <details className="composition">
      <summary>
        {name}
        {composition && ` – ${t('composition.missingCount', { count: composition.missingCount })}`}
      </summary>
      {composition && (
        <>
          {composition.expectations.map((expectation) => (
            <div key={expectation.code}>
              <h3>
                {expectation.label[locale]} <span className="hint">({expectation.source})</span>
              </h3>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('composition.partner')}</th>
                    <th scope="col">{t('composition.status')}</th>
                    <th scope="col">{t('composition.who')}</th>
                  </tr>
                </thead>
                <tbody>
                  {expectation.met.map((requirement) => (
                    <tr key={requirement.requirementId}>
                      <th scope="row">{requirement.label[locale]}</th>
                      <td>
                        <span aria-hidden="true">✓ </span>
                        {t('composition.present')}
                      </td>
                      <td>{requirement.institutions.map((i) => i.name).join(', ')}</td>
                    </tr>
                  ))}
                  {expectation.missing.map((requirement) => (
                    <tr key={requirement.requirementId} className="missing">
                      <th scope="row">{requirement.label[locale]}</th>
                      <td>
                        <span aria-hidden="true">✕ </span>
                        <strong>{t('composition.missing')}</strong>
                      </td>
                      <td>
                        {requirement.candidates.length
                          ? t('composition.candidates', {
                              names: requirement.candidates.map((i) => i.name).join(', '),
                            })
                          : requirement.anyOf
                              .map((kind) => optionLabel('institutionKind', kind))
                              .join(' / ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          <h3>{t('composition.overlaps')}</h3>
          <ul>
            {composition.overlaps.map((overlap) => (
              <li key={overlap.other.id}>
                {t('composition.overlap', {
                  other: overlap.other.name,
                  institutions: t('composition.sharedInstitutions', {
                    count: overlap.sharedInstitutions.length,
                  }),
                  people: t('composition.sharedPeople', { count: overlap.sharedPersonCount }),
                  jaccard: overlap.jaccard,
                })}
              </li>
            ))}
          </ul>
          <h3>{t('composition.bridging', { count: composition.bridgingMembers.length })}</h3>
          <ul>
            {composition.bridgingMembers.slice(0, 30).map((member) => (
              <li key={member.id}>
                {member.name}: {member.networks.map((network) => network.name).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
