import { skipToken, useQuery } from '@apollo/client/react';
import type { Locale } from '@schutznetz/domain';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GraphNode } from '../graph/graph-model';
import {
  INSTITUTION_DETAILS_QUERY,
  NETWORK_DETAILS_QUERY,
  PERSON_DETAILS_QUERY,
  TOPIC_DETAILS_QUERY,
} from './explorer-details.query';
import { institutionKindLabel, networkKindLabel, regionLabel, topicLabel } from './explorer-labels';

export interface DetailPanelProps {
  readonly node: GraphNode | null;
  /** The selected node is not drawn under the current filters. */
  readonly hidden: boolean;
  readonly locale: Locale;
  /** The explorer URL (search part) that selects another node, filters kept. */
  readonly searchFor: (id: string) => string;
  readonly onFocus: (id: string) => void;
  readonly onClose: () => void;
  readonly onClearFilters: () => void;
}

interface LinkedItem {
  readonly id: string;
  readonly name: string;
  readonly note?: string | null | undefined;
}

function Field({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The details of the selected node, with links that select the nodes it is connected to. */
export function DetailPanel({
  node,
  hidden,
  locale,
  searchFor,
  onFocus,
  onClose,
  onClearFilters,
}: DetailPanelProps) {
  const { t } = useTranslation('explorer');
  const headingId = useId();
  const id = node?.id ?? '';
  const kind = node?.kind;
  const institution = useQuery(
    INSTITUTION_DETAILS_QUERY,
    kind === 'institution' ? { variables: { id } } : skipToken,
  );
  const person = useQuery(
    PERSON_DETAILS_QUERY,
    kind === 'person' ? { variables: { id } } : skipToken,
  );
  const network = useQuery(
    NETWORK_DETAILS_QUERY,
    kind === 'network' ? { variables: { id } } : skipToken,
  );
  const topic = useQuery(TOPIC_DETAILS_QUERY, kind === 'topic' ? { variables: { id } } : skipToken);
  const active = { institution, person, network, topic }[kind ?? 'institution'];

  const linkList = (label: string, items: readonly LinkedItem[]) => (
    <Field label={label}>
      {items.length === 0 ? (
        t('details.nothing')
      ) : (
        <ul className="detail-links">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={{ search: searchFor(item.id) }}>{item.name}</Link>
              {item.note ? ` (${item.note})` : ''}
            </li>
          ))}
        </ul>
      )}
    </Field>
  );

  let body: ReactNode = null;
  if (kind === 'institution' && institution.data?.institution) {
    const data = institution.data.institution;
    const address = [data.street, [data.postalCode, regionLabel(data.municipality.id, locale)]]
      .flat()
      .filter(Boolean)
      .join(' ');
    body = (
      <dl>
        <Field label={t('details.kind')}>
          {institutionKindLabel(data.kind.toLowerCase(), locale)}
        </Field>
        {data.operator && <Field label={t('details.operator')}>{data.operator}</Field>}
        <Field label={t('details.address')}>
          {data.street ? address : `${t('details.protectedAddress')} · ${address}`}
        </Field>
        {data.available24x7 && <Field label="24/7">{t('details.available24x7')}</Field>}
        {data.phone && (
          <Field label={t('details.phone')}>
            <a href={`tel:${data.phone.replace(/[^\d+]/g, '')}`}>{data.phone}</a>
          </Field>
        )}
        {data.email && (
          <Field label={t('details.email')}>
            <a href={`mailto:${data.email}`}>{data.email}</a>
          </Field>
        )}
        {data.website && (
          <Field label={t('details.website')}>
            <a href={data.website} rel="noreferrer" target="_blank">
              {data.website}
            </a>
          </Field>
        )}
        <Field label={t('details.services')}>
          {data.services.length === 0 ? (
            t('details.nothing')
          ) : (
            <ul className="detail-links">
              {data.services.map((service) => (
                <li key={service.id}>{service.name}</li>
              ))}
            </ul>
          )}
        </Field>
        {linkList(
          t('details.people'),
          data.people.map((employment) => ({
            id: employment.person.id,
            name: employment.person.displayName,
            note: employment.person.functionTitle,
          })),
        )}
        {linkList(
          t('details.networks'),
          data.networks.map((m) => ({ id: m.network.id, name: m.network.name })),
        )}
        {linkList(
          t('details.referralsOut'),
          data.referralsOut.map((r) => ({ id: r.to.id, name: r.to.name })),
        )}
        {linkList(
          t('details.referralsIn'),
          data.referralsIn.map((r) => ({ id: r.from.id, name: r.from.name })),
        )}
        {data.lastVerifiedAt && (
          <Field label={t('details.lastVerified')}>
            {new Date(data.lastVerifiedAt).toLocaleDateString(locale)}
          </Field>
        )}
      </dl>
    );
  } else if (kind === 'person' && person.data?.person) {
    const data = person.data.person;
    body = (
      <dl>
        <Field label={t('details.function')}>{data.functionTitle}</Field>
        {data.phone && <Field label={t('details.phone')}>{data.phone}</Field>}
        {data.email && (
          <Field label={t('details.email')}>
            <a href={`mailto:${data.email}`}>{data.email}</a>
          </Field>
        )}
        {linkList(
          t('details.employments'),
          data.employments.map((e) => ({
            id: e.institution.id,
            name: e.institution.name,
            note: e.role,
          })),
        )}
        {linkList(
          t('details.expertise'),
          data.expertise.map((e) => ({
            id: e.topic.id,
            name: topicLabel(e.topic.id, locale),
            note: e.qualification ?? e.level,
          })),
        )}
        {linkList(
          t('details.networks'),
          data.networks.map((m) => ({ id: m.network.id, name: m.network.name })),
        )}
      </dl>
    );
  } else if (kind === 'network' && network.data?.network) {
    const data = network.data.network;
    body = (
      <dl>
        <Field label={t('details.kind')}>{networkKindLabel(data.kind.toLowerCase(), locale)}</Field>
        {data.description && <Field label={t('details.description')}>{data.description}</Field>}
        {linkList(
          t('details.members'),
          data.members.map((m) => ({
            id: m.memberId,
            name: m.institution?.name ?? m.person?.displayName ?? m.memberId,
            note: m.role,
          })),
        )}
      </dl>
    );
  } else if (kind === 'topic' && topic.data?.topic) {
    const data = topic.data.topic;
    body = (
      <dl>
        {linkList(
          t('details.services'),
          data.services.map((s) => ({
            id: s.institution.id,
            name: s.institution.name,
            note: s.name,
          })),
        )}
        {linkList(
          t('details.experts'),
          data.experts.map((e) => ({ id: e.person.id, name: e.person.displayName, note: e.level })),
        )}
      </dl>
    );
  }

  return (
    <section className="detail-panel" aria-labelledby={headingId} aria-live="polite">
      <h2 id={headingId}>{node ? node.label : t('details.heading')}</h2>
      {!node ? (
        <p>{t('details.none')}</p>
      ) : (
        <>
          <p className="detail-kind">{t(`layers.${node.kind}`)}</p>
          <div className="detail-actions">
            <button
              type="button"
              onClick={() => {
                onFocus(node.id);
              }}
            >
              {t('focus.show')}
            </button>
            <button type="button" onClick={onClose}>
              {t('details.close')}
            </button>
          </div>
          {hidden && (
            <p className="notice">
              {t('details.hidden')}{' '}
              <button type="button" onClick={onClearFilters}>
                {t('details.clearFilters')}
              </button>
            </p>
          )}
          {(node.articulationPoint === true || node.singlePointOfFailure === true) && (
            <ul className="detail-flags">
              {node.articulationPoint && <li>◎ {t('details.articulation')}</li>}
              {node.singlePointOfFailure && <li>⚠ {t('details.spof')}</li>}
            </ul>
          )}
          <dl className="detail-metrics">
            <Field label={t('details.degree')}>{node.degree ?? '–'}</Field>
            {node.betweenness !== undefined && node.betweenness !== null && (
              <Field label={t('details.betweenness')}>
                {node.betweenness.toLocaleString(locale, { maximumFractionDigits: 3 })}
              </Field>
            )}
          </dl>
          {active.loading && <p>{t('details.loading')}</p>}
          {active.error && <p className="error">{t('details.error')}</p>}
          {body}
        </>
      )}
    </section>
  );
}
