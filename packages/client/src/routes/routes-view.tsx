import { skipToken, useQuery } from '@apollo/client/react';
import { MUNICIPALITIES } from '@schutznetz/domain';
import { useId, useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EntityPicker } from '../editing/entity-picker';
import { OPTION_VALUES, useLocale, useLooseT, useOptionLabel } from '../editing/options';
import { GraphCanvas, toElements } from '../graph';
import type {
  ReferralRoutesQuery,
  ReferralRoutesQueryVariables,
  RouteFieldsFragment,
} from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { useDocumentTitle } from '../views/use-document-title';
import {
  MAX_K,
  formFromSearch,
  missingInputs,
  nowInBerlin,
  relaxForm,
  searchFromForm,
  toRouteVariables,
  type RouteForm,
} from './route-form';
import { routeElementIds, routesToGraph } from './route-graph';
import { REFERRAL_ROUTES_QUERY, START_INSTITUTION_QUERY } from './referral-routes.query';
import './routes.css';

const ONE_DECIMAL = { maximumFractionDigits: 1 } as const;

const MUNICIPALITY_CODES = MUNICIPALITIES.map((municipality) => municipality.code);

/** Hours as people say them: "45 Min.", "3 Std.", "2 Tage". */
function useDuration(): (hours: number) => string {
  const { t } = useTranslation('routes');
  return (hours) => {
    if (hours < 1) return t('duration.minutes', { count: Math.round(hours * 60) });
    if (hours < 48) return t('duration.hours', { count: Math.round(hours * 10) / 10 });
    return t('duration.days', { count: Math.round((hours / 24) * 10) / 10 });
  };
}

/** `/routes`: from a start and a need to ranked, explained referral routes. */
export function RoutesView() {
  const { t } = useTranslation('routes');
  const locale = useLocale();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const form = useMemo(() => formFromSearch(new URLSearchParams(search)), [search]);
  // "Now" is taken when the search is asked for, so a result does not drift while it is read.
  const variables = useMemo(() => toRouteVariables(form, new Date()), [form]);
  const { data, loading, error } = useQuery(
    REFERRAL_ROUTES_QUERY,
    // The form offers only the API's own codes; the server checks them again.
    variables ? { variables: variables as ReferralRoutesQueryVariables } : skipToken,
  );
  useDocumentTitle(t('title'));
  const submit = (next: RouteForm) => {
    setParams(searchFromForm(next));
  };
  const result = data?.referralRoutes;

  return (
    <section className="view routes-view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RouteSearchForm key={search} initial={form} onSubmit={submit} />
      <div aria-live="polite" className="routes-results">
        {loading && <p role="status">{t('searching')}</p>}
        {error && (
          <p className="form-error" role="alert">
            {t('error', { message: error.message })}
          </p>
        )}
        {result && (
          <>
            <h2>{t('results.title', { count: result.routes.length })}</h2>
            <p>
              {t('results.counts', {
                count: result.matchingServiceCount,
                topic: result.topicServiceCount,
              })}
              {result.startInstitutions.length > 0 &&
                ` ${t('results.searchedFrom', { count: result.startInstitutions.length })}`}
            </p>
            {result.routes.length > 0 && (
              <details className="ranking">
                <summary>{t('results.ranking')}</summary>
                <p>{result.ranking[locale]}</p>
              </details>
            )}
            {result.noRoute && (
              <NoRoute explanation={result.noRoute} form={form} onRetry={submit} />
            )}
            {result.routes.length > 0 && <RouteResults routes={result.routes} />}
          </>
        )}
      </div>
    </section>
  );
}

function RouteSearchForm({
  initial,
  onSubmit,
}: {
  readonly initial: RouteForm;
  readonly onSubmit: (form: RouteForm) => void;
}) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  const optionLabel = useOptionLabel();
  const [form, setForm] = useState(initial);
  const [showMissing, setShowMissing] = useState(false);
  const id = useId();
  const { data: startData } = useQuery(
    START_INSTITUTION_QUERY,
    initial.startInstitution ? { variables: { id: initial.startInstitution } } : skipToken,
  );
  const missing = missingInputs(form);
  const set = <K extends keyof RouteForm>(key: K, value: RouteForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };
  const problem = (key: string) =>
    showMissing && missing.includes(key as never) ? loose(`missing.${key}`) : undefined;

  const select = (
    key:
      | 'startKind'
      | 'startMunicipality'
      | 'topic'
      | 'targetGroup'
      | 'language'
      | 'municipality'
      | 'urgency',
    options: readonly string[],
    set_: Parameters<typeof optionLabel>[0],
    required = false,
  ) => {
    const message = problem(key === 'startKind' ? 'start' : key);
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>
          {loose(`form.${key}`)}
          {required && <span aria-hidden="true"> *</span>}
        </label>
        <select
          id={`${id}-${key}`}
          value={form[key]}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-${key}-error` : undefined}
          onChange={(event) => {
            set(key, event.target.value);
          }}
        >
          <option value="">{required ? t('form.choose') : t('form.any')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(set_, option)}
            </option>
          ))}
        </select>
        {message && (
          <p id={`${id}-${key}-error`} className="field-error">
            <span className="error-mark" aria-hidden="true" />
            {message}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      className="route-form"
      noValidate
      onSubmit={(event: SyntheticEvent) => {
        event.preventDefault();
        if (missing.length) {
          setShowMissing(true);
          return;
        }
        onSubmit(form);
      }}
    >
      <fieldset>
        <legend>{t('form.start')}</legend>
        <div className="radio-row" role="radiogroup" aria-label={t('form.startMode')}>
          {(['kind', 'institution', 'self'] as const).map((mode) => (
            <label key={mode} className="checkbox">
              <input
                type="radio"
                name={`${id}-start`}
                checked={form.startMode === mode}
                onChange={() => {
                  set('startMode', mode);
                }}
              />{' '}
              {loose(`form.startModes.${mode}`)}
            </label>
          ))}
        </div>
        {form.startMode === 'kind' && (
          <div className="field-row">
            {select('startKind', OPTION_VALUES.institutionKind, 'institutionKind', true)}
            {select('startMunicipality', MUNICIPALITY_CODES, 'region', true)}
          </div>
        )}
        {form.startMode === 'institution' && (
          <EntityPicker
            label={t('form.startInstitution')}
            kinds={['INSTITUTION']}
            value={form.startInstitution}
            knownLabel={startData?.institution?.name}
            required
            onChange={(value) => {
              set('startInstitution', value);
            }}
            messages={problem('start') ? [loose('missing.start')] : []}
          />
        )}
      </fieldset>
      <fieldset>
        <legend>{t('form.need')}</legend>
        <div className="field-row">
          {select('topic', OPTION_VALUES.topic, 'topic', true)}
          {select('municipality', MUNICIPALITY_CODES, 'region', true)}
          {select('targetGroup', OPTION_VALUES.targetGroup, 'targetGroup')}
          <div className="field">
            <label htmlFor={`${id}-age`}>{t('form.age')}</label>
            <input
              id={`${id}-age`}
              type="number"
              min={0}
              max={120}
              value={form.age}
              aria-invalid={problem('age') ? true : undefined}
              aria-describedby={problem('age') ? `${id}-age-error` : undefined}
              onChange={(event) => {
                set('age', event.target.value);
              }}
            />
            {problem('age') && (
              <p id={`${id}-age-error`} className="field-error">
                {problem('age')}
              </p>
            )}
          </div>
          {select('language', OPTION_VALUES.language, 'language')}
        </div>
        <fieldset className="field-group">
          <legend>{t('form.accessibility')}</legend>
          <div className="checkbox-grid">
            {OPTION_VALUES.accessibility.map((feature) => (
              <label key={feature} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.accessibility.includes(feature)}
                  onChange={(event) => {
                    set(
                      'accessibility',
                      event.target.checked
                        ? [...form.accessibility, feature]
                        : form.accessibility.filter((item) => item !== feature),
                    );
                  }}
                />{' '}
                {optionLabel('accessibility', feature)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t('form.moment')}</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-at`}>{t('form.at')}</label>
            <input
              id={`${id}-at`}
              type="datetime-local"
              value={form.at}
              aria-describedby={`${id}-at-hint`}
              onChange={(event) => {
                set('at', event.target.value);
              }}
            />
            {/* The browser formats the input in its own language; the hint says the moment in the UI's. */}
            <div className="moment-hint">
              <p id={`${id}-at-hint`} className="hint" aria-live="polite">
                {form.at ? t('form.atGiven', { at: form.at }) : t('form.atNow')}
              </p>
              <button
                type="button"
                className="small"
                onClick={() => {
                  set('at', form.at ? '' : nowInBerlin(new Date()));
                }}
              >
                {form.at ? t('form.useNow') : t('form.pickTime')}
              </button>
            </div>
          </div>
          {select('urgency', OPTION_VALUES.urgency, 'urgency')}
        </div>
        <div className="check-stack">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={!form.consentObtainable}
              onChange={(event) => {
                set('consentObtainable', !event.target.checked);
              }}
            />{' '}
            {t('form.noConsent')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.ignoreFullCapacity}
              onChange={(event) => {
                set('ignoreFullCapacity', event.target.checked);
              }}
            />{' '}
            {t('form.ignoreFull')}
          </label>
        </div>
        <div className="field field-narrow">
          <label htmlFor={`${id}-k`}>{t('form.k')}</label>
          <input
            id={`${id}-k`}
            type="number"
            min={1}
            max={MAX_K}
            value={form.k}
            onChange={(event) => {
              const k = Number(event.target.value);
              if (Number.isInteger(k) && k >= 1 && k <= MAX_K) set('k', k);
            }}
          />
        </div>
      </fieldset>
      {showMissing && missing.length > 0 && (
        <p className="form-error" role="alert">
          {t('missing.summary')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('form.submit')}
        </button>
        <Link to="/routes">{t('form.reset')}</Link>
      </div>
    </form>
  );
}

type SearchResult = NonNullable<ReferralRoutesQuery['referralRoutes']['noRoute']>;

function NoRoute({
  explanation,
  form,
  onRetry,
}: {
  readonly explanation: SearchResult;
  readonly form: RouteForm;
  readonly onRetry: (form: RouteForm) => void;
}) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  const locale = useLocale();
  return (
    <div className="notice no-route" role="alert">
      <h3>{t('noRoute.title')}</h3>
      <p>{explanation.summary[locale]}</p>
      {explanation.failedConstraints.length > 0 && (
        <>
          <p>{t('noRoute.failed')}</p>
          <ul>
            {explanation.failedConstraints.map((failure, index) => (
              <li key={index}>
                <strong>{loose(`constraints.${failure.constraint}`)}</strong>:{' '}
                {t('noRoute.failedCounts', {
                  services: t('noRoute.services', { count: failure.serviceCount }),
                  institutions: t('noRoute.institutions', { count: failure.institutionCount }),
                  paths: t('noRoute.paths', { count: failure.referralPathCount }),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {explanation.relaxations.length > 0 && (
        <>
          <h4>{t('noRoute.relaxations')}</h4>
          <ul className="relaxations">
            {explanation.relaxations.map((relaxation, index) => {
              const retry = relaxForm(form, relaxation.constraint);
              return (
                <li key={index}>
                  {relaxation.description[locale]}{' '}
                  {retry && (
                    <button
                      type="button"
                      onClick={() => {
                        onRetry(retry);
                      }}
                    >
                      {t('noRoute.retry', {
                        constraint: loose(`constraints.${relaxation.constraint}`),
                      })}
                    </button>
                  )}
                  {relaxation.routes.length > 0 && (
                    <details>
                      <summary>
                        {t('noRoute.showRoutes', { count: relaxation.routes.length })}
                      </summary>
                      <RouteList routes={relaxation.routes} />
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {explanation.fruitless.length > 0 && (
        <p>
          {t('noRoute.fruitless', {
            constraints: [...new Set(explanation.fruitless)]
              .map((constraint) => loose(`constraints.${constraint}`))
              .join(', '),
          })}
        </p>
      )}
    </div>
  );
}

function RouteResults({ routes }: { readonly routes: readonly RouteFieldsFragment[] }) {
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
      <RouteList routes={routes} selectedRank={selected?.rank} onSelect={setSelectedRank} />
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

function RouteList({
  routes,
  selectedRank,
  onSelect,
}: {
  readonly routes: readonly RouteFieldsFragment[];
  readonly selectedRank?: number | undefined;
  readonly onSelect?: (rank: number) => void;
}) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  const locale = useLocale();
  const optionLabel = useOptionLabel();
  const duration = useDuration();
  const { formatNumber } = useFormat();
  return (
    <ol className="route-list">
      {routes.map((route) => (
        <li
          key={route.rank}
          className="route"
          aria-current={route.rank === selectedRank || undefined}
        >
          <h3>
            {t('route.heading', {
              rank: route.rank,
              service: route.endService.name,
              institution: route.endInstitution.name,
            })}
          </h3>
          <p>
            <span className="badge">{loose(`routeKinds.${route.kind}`)}</span>{' '}
            {route.endService.available24x7 && (
              <>
                <span className="badge">{t('route.open247')}</span>{' '}
              </>
            )}
            {t('route.expected', { duration: duration(route.expectedHours) })}
          </p>
          <p>{route.explanation[locale]}</p>
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
                <ul className="hop-facts">
                  <li>
                    {hop.via === 'SELF_REFERRAL'
                      ? t('hop.selfReferral')
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
        </li>
      ))}
    </ol>
  );
}
