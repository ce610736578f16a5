import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CapacityBadge } from '../capacity/capacity-badge';
import { useLocale, useLooseT, useOptionLabel } from '../editing/options';
import { GraphCanvas, toElements } from '../graph';
import type { RouteFieldsFragment } from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { routeElementIds, routesToGraph } from './route-graph';
import { ProcedureStep } from './procedure-step';
import { RouteSummary } from './route-card';
import { endsOnLastHop, hopReach } from './route-steps';
import { StepReach } from './step-reach';

const ONE_DECIMAL = { maximumFractionDigits: 1 } as const;

/** The ranked routes beside a graph of the selected one. */
export function RouteResults({
  routes,
  cardLink,
}: {
  readonly routes: readonly RouteFieldsFragment[];
  readonly cardLink?: (rank: number) => string;
}) {
  const { t } = useTranslation('routes');
  const [selectedRank, setSelectedRank] = useState<number>(routes[0]?.rank ?? 1);
  const graphId = useId();
  const elements = useMemo(() => toElements(routesToGraph(routes, t('graph.self'))), [routes, t]);
  const selected = routes.find((route) => route.rank === selectedRank) ?? routes[0];
  const highlighted = useMemo(
    () => (selected ? routeElementIds(selected) : new Set<string>()),
    [selected],
  );
  return (
    <div className="route-results">
      <RouteList
        routes={routes}
        selectedRank={selected?.rank}
        onSelect={setSelectedRank}
        cardLink={cardLink}
      />
      <div className="route-graph">
        <h3 id={graphId}>{t('graph.title', { rank: selected?.rank ?? 1 })}</h3>
        <GraphCanvas
          elements={elements}
          highlightedIds={highlighted}
          ariaLabel={t('graph.label')}
          ariaDescribedBy={graphId}
          className="route-graph-canvas"
        />
      </div>
    </div>
  );
}

/** Routes with their hops, reasons and cost terms; selectable when `onSelect` is given. */
export function RouteList({
  routes,
  selectedRank,
  onSelect,
  cardLink,
}: {
  readonly routes: readonly RouteFieldsFragment[];
  readonly selectedRank?: number | undefined;
  readonly onSelect?: (rank: number) => void;
  /** Where the printable Notfallkarte of a route is; no link without it. */
  readonly cardLink?: ((rank: number) => string) | undefined;
}) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  const locale = useLocale();
  const optionLabel = useOptionLabel();
  const { formatNumber, formatDuration: duration } = useFormat();
  return (
    <ol className="route-list">
      {routes.map((route) => (
        <li
          key={route.rank}
          className="route"
          aria-current={route.rank === selectedRank || undefined}
        >
          <RouteSummary route={route} />
          <CapacityBadge capacity={route.endCapacity} />
          <details className="route-details">
            <summary>{t('route.details')}</summary>
            <p>{route.explanation[locale]}</p>
            {route.start && route.kind !== 'IN_HOUSE' && (
              <div className="route-start">
                <p>
                  <strong>{t('reach.start', { name: route.start.name })}</strong>
                </p>
                <StepReach reach={route.startReach} />
              </div>
            )}
            {!endsOnLastHop(route) && <StepReach reach={route.endReach} />}
            <ol className="hops">
              {route.hops.map((hop, index) => (
                <li key={index}>
                  <p>
                    <strong>
                      {hop.from ? hop.from.name : t('graph.self')} → {hop.to.name}
                    </strong>{' '}
                    ({optionLabel('region', hop.to.municipality)})
                  </p>
                  <p>{hop.reason[locale]}</p>
                  <ProcedureStep hop={hop} />
                  <StepReach reach={hopReach(route, index)} />
                  <ul className="hop-facts">
                    <li>
                      {hop.via === 'SELF_REFERRAL'
                        ? t('hop.selfReferral')
                        : hop.via === 'DIRECT_CONTACT'
                          ? t('hop.directContact')
                          : hop.routeTemplate
                            ? t('hop.template', {
                                id: hop.routeTemplate.id,
                                title: hop.routeTemplate.title[locale],
                              })
                            : t('hop.path')}
                    </li>
                    {hop.consent && (
                      <li>{t('hop.consent', { value: optionLabel('consent', hop.consent) })}</li>
                    )}
                    {hop.dataMode && (
                      <li>{t('hop.dataMode', { value: optionLabel('dataMode', hop.dataMode) })}</li>
                    )}
                    {hop.conditions && <li>{t('hop.conditions', { value: hop.conditions })}</li>}
                    <li>
                      {t(hop.responseEstimated ? 'hop.responseEstimated' : 'hop.response', {
                        duration: duration(hop.responseHours),
                      })}
                      {hop.waitHours > 0 &&
                        ` ${t('hop.wait', { duration: duration(hop.waitHours) })}`}
                    </li>
                    {hop.receiverAvailability && (
                      <li>{loose(`availability.${hop.receiverAvailability}`)}</li>
                    )}
                    {hop.referralPathId && (
                      <li>
                        <Link to={`/edit/referral-path/${encodeURIComponent(hop.referralPathId)}`}>
                          {t('hop.editPath')}
                        </Link>
                      </li>
                    )}
                  </ul>
                </li>
              ))}
            </ol>
            {route.costTerms.length > 0 && (
              <table className="cost-terms">
                <caption>{t('route.why', { cost: route.cost })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('route.term')}</th>
                    <th scope="col">{t('route.hours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {route.costTerms.map((term, index) => (
                    <tr key={index}>
                      <th scope="row">{term.label[locale]}</th>
                      <td>{formatNumber(term.hours, ONE_DECIMAL)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </details>
          <div className="route-actions">
            {onSelect && (
              <button
                type="button"
                aria-pressed={route.rank === selectedRank}
                onClick={() => {
                  onSelect(route.rank);
                }}
              >
                {t('route.showOnGraph')}
              </button>
            )}
            {cardLink && <Link to={cardLink(route.rank)}>{t('route.card')}</Link>}
          </div>
        </li>
      ))}
    </ol>
  );
}
