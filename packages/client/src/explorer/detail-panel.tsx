import { skipToken, useQuery } from '@apollo/client/react';
import type { Locale } from '@schutznetz/domain';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOptionLabel } from '../editing/options';
import { ErrorReason } from '../errors/error-reason';
import type { GraphNode } from '../graph/graph-model';
import type { ExplorerMeetingItemFragment } from '../gql/graphql';
import {
  INSTITUTION_DETAILS_QUERY,
  NETWORK_DETAILS_QUERY,
  PERSON_DETAILS_QUERY,
  TOPIC_DETAILS_QUERY,
} from './explorer-details.query';
import { MemberListDownload } from '../members/member-list-download';
import { useRegion } from '../region/region-context';
import { EditLink, editPath } from './edit-link';
import { formatDay, institutionKindLabel, networkKindLabel, topicLabel } from './explorer-labels';

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
  /** Whether the viewer's role sees people; the public view gets none from the server. */
  readonly peopleVisible: boolean;
  /** Whether the viewer may edit: the panel then links to the editing pages. */
  readonly canEdit: boolean;
}

interface LinkedItem {
  readonly id: string;
  readonly name: string;
  readonly note?: string | null | undefined;
  /** The editing page of the item (or of the link to it, e.g. a referral path), for editors. */
  readonly editPath?: string;
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
  peopleVisible,
  canEdit,
}: DetailPanelProps) {
  const { t } = useTranslation('explorer');
  const headingId = useId();
  const optionLabel = useOptionLabel();
  const region = useRegion();
  const id = node?.id ?? '';
  const kind = node?.kind;
  const variables = { id, withPeople: peopleVisible };
  const institution = useQuery(
    INSTITUTION_DETAILS_QUERY,
    kind === 'institution' ? { variables } : skipToken,
  );
  const person = useQuery(
    PERSON_DETAILS_QUERY,
    kind === 'person' && peopleVisible ? { variables: { id } } : skipToken,
  );
  const network = useQuery(NETWORK_DETAILS_QUERY, kind === 'network' ? { variables } : skipToken);
  const topic = useQuery(TOPIC_DETAILS_QUERY, kind === 'topic' ? { variables } : skipToken);
  const active = { institution, person, network, topic }[kind ?? 'institution'];

  const editLink = (to: string | undefined, name: string) =>
    canEdit && to ? (
      <>
        {' '}
        <EditLink to={to} name={name} />
      </>
    ) : null;

  const itemList = (items: readonly LinkedItem[], select: boolean) =>
    items.length === 0 ? (
      t('details.nothing')
    ) : (
      <ul className="detail-links">
        {items.map((item) => (
          <li key={item.editPath ?? item.id}>
            {select ? <Link to={{ search: searchFor(item.id) }}>{item.name}</Link> : item.name}
            {item.note ? ` (${item.note})` : ''}
            {editLink(item.editPath, item.name)}
          </li>
        ))}
      </ul>
    );
  const linkList = (label: string, items: readonly LinkedItem[]) => (
    <Field label={label}>{itemList(items, true)}</Field>
  );
  const meetingList = (meetings: readonly ExplorerMeetingItemFragment[] | undefined) => (
    <Field label={t('details.meetings')}>
      {itemList(
        (meetings ?? []).map((meeting) => ({
          id: meeting.id,
          name: meeting.title,
          note: formatDay(meeting.date, locale),
          editPath: editPath('meeting', meeting.id),
        })),
        false,
      )}
    </Field>
  );
  const peopleHidden = !peopleVisible && <p className="detail-note">{t('details.peopleHidden')}</p>;

  let body: ReactNode = null;
  if (kind === 'institution' && institution.data?.institution) {
    const data = institution.data.institution;
    const address = [data.street, [data.postalCode, region.label(data.municipality.id, locale)]]
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
          {itemList(
            data.services.map((service) => ({
              id: service.id,
              name: service.name,
              editPath: editPath('service', service.id),
            })),
            false,
          )}
        </Field>
        {data.people &&
          linkList(
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
          data.referralsOut.map((r) => ({
            id: r.to.id,
            name: r.to.name,
            editPath: editPath('referral-path', r.id),
          })),
        )}
        {linkList(
          t('details.referralsIn'),
          data.referralsIn.map((r) => ({
            id: r.from.id,
            name: r.from.name,
            editPath: editPath('referral-path', r.id),
          })),
        )}
        {meetingList(institution.data.meetings.nodes)}
        {data.lastVerifiedAt && (
          <Field label={t('details.lastVerified')}>{formatDay(data.lastVerifiedAt, locale)}</Field>
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
            note: e.qualification
              ? optionLabel('qualification', e.qualification)
              : optionLabel('expertiseLevel', e.level),
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
          data.members.flatMap((m) => {
            // Without people (public view) the server still lists their ids; they are left out.
            const name = m.institution?.name ?? m.person?.displayName;
            return name
              ? [{ id: m.memberId, name, note: optionLabel('membershipRole', m.role) }]
              : [];
          }),
        )}
        {meetingList(network.data.meetings.nodes)}
        <MemberListDownload networkId={data.id} peopleVisible={peopleVisible} />
      </dl>
    );
  } else if (kind === 'topic' && topic.data?.topic) {
    const data = topic.data.topic;
    body = (
      <dl>
        {linkList(
          t('details.services'),
          data.services.nodes.map((s) => ({
            id: s.institution.id,
            name: s.institution.name,
            note: s.name,
          })),
        )}
        {data.experts &&
          linkList(
            t('details.experts'),
            data.experts.map((e) => ({
              id: e.person.id,
              name: e.person.displayName,
              note: optionLabel('expertiseLevel', e.level),
            })),
          )}
      </dl>
    );
  }

  return (
    // Not a live region: the explorer announces the selection in one short line instead.
    <section className="detail-panel" aria-labelledby={headingId}>
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
            {canEdit && node.kind !== 'topic' && (
              <EditLink to={editPath(node.kind, node.id)} name={node.label} />
            )}
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
              {node.articulationPoint && (
                <li>
                  <span aria-hidden="true">◎</span> {t('details.articulation')}
                </li>
              )}
              {node.singlePointOfFailure && (
                <li>
                  <span aria-hidden="true">⚠</span> {t('details.spof')}
                </li>
              )}
            </ul>
          )}
          <dl className="detail-metrics">
            <Field label={t('details.degree')}>
              {typeof node.degree === 'number' ? t('details.number', { value: node.degree }) : '–'}
            </Field>
            {typeof node.betweenness === 'number' && (
              <Field label={t('details.betweenness')}>
                {t('details.betweennessValue', { value: node.betweenness })}
              </Field>
            )}
          </dl>
          {active.loading && <p>{t('details.loading')}</p>}
          {active.error && (
            <p className="error">
              {t('details.error')} <ErrorReason error={active.error} />
            </p>
          )}
          {body}
          {body && peopleHidden}
        </>
      )}
    </section>
  );
}
