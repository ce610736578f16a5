import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useOptionLabel } from '../editing/options';
import { ErrorReason } from '../errors/error-reason';
import type { ResilienceQuery } from '../gql/graphql';
import { RESILIENCE_QUERY } from './gaps.query';

type Resilience = ResilienceQuery['resilience'];

interface Named {
  readonly id: string;
  readonly name: string;
}

const names = (list: readonly Named[]): string => list.map((item) => item.name).join(', ');

/**
 * The gaps page's weak points: topics with a single holder, the institutions and the people
 * whose leaving cuts others off, and the institutions isolated in the referral graph and, listed
 * apart, in the networks (decision 024).
 */
export function ResilienceSection() {
  const { t } = useTranslation('gaps');
  const { data, loading, error } = useQuery(RESILIENCE_QUERY);
  if (loading && !data) return <p role="status">{t('loading')}</p>;
  if (error || !data)
    return (
      <p role="alert">
        {t('error')} <ErrorReason error={error} />
      </p>
    );
  return <ResilienceContent resilience={data.resilience} />;
}

/** What {@link ResilienceSection} shows once the answer is there. */
export function ResilienceContent({ resilience }: { readonly resilience: Resilience }) {
  const { t } = useTranslation('gaps');
  const optionLabel = useOptionLabel();
  const { singlePoints, structure, personLinks, isolation } = resilience;
  const single = singlePoints.topics.filter(
    (topic) => topic.singlePerson || topic.singleInstitution,
  );
  return (
    <section id="single-points" aria-labelledby="single-title">
      <h2 id="single-title">{t('single.title')}</h2>
      <p>{t('single.intro')}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('single.topic')}</th>
            <th scope="col">{t('single.kind')}</th>
            <th scope="col">{t('single.holders')}</th>
          </tr>
        </thead>
        <tbody>
          {single.map((topic) => (
            <tr key={topic.topic.id}>
              <th scope="row">{optionLabel('topic', topic.topic.id)}</th>
              <td>
                {[
                  topic.singlePerson ? t('single.onePerson') : '',
                  topic.singleInstitution ? t('single.oneInstitution') : '',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </td>
              <td>{names([...topic.institutions, ...topic.people])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('single.articulation', { count: structure.articulationPoints.length })}</h3>
      <ul>
        {structure.articulationPoints.map((point) => (
          <li key={point.node.id}>
            {t('single.cutsOff', {
              name: point.node.name,
              others: names(point.cutOff.slice(0, 6)),
            })}
          </li>
        ))}
      </ul>
      <PersonLinks personLinks={personLinks} />
      <IsolationLists isolation={isolation} />
    </section>
  );
}

function PersonLinks({ personLinks }: { readonly personLinks: Resilience['personLinks'] }) {
  const { t } = useTranslation('gaps');
  const { cutPoints, bridges } = personLinks;
  return (
    <>
      <h3>{t('people.cutPoints', { count: cutPoints.length })}</h3>
      <p className="hint">{t('people.intro')}</p>
      {cutPoints.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <ul>
          {cutPoints.map((point) => (
            <li key={point.person.id}>
              {t('people.onlyLink', { name: point.person.name, others: names(point.cutOff) })}
            </li>
          ))}
        </ul>
      )}
      {bridges.length > 0 && (
        <>
          <h4>{t('people.bridges', { count: bridges.length })}</h4>
          <ul>
            {bridges.map((bridge) => (
              <li key={`${bridge.person.id} ${bridge.other.id}`}>
                {t(bridge.kind === 'MEMBERSHIP' ? 'people.membership' : 'people.employment', {
                  name: bridge.person.name,
                  other: bridge.other.name,
                  others: names(bridge.cutOff),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function IsolationLists({ isolation }: { readonly isolation: Resilience['isolation'] }) {
  const { t } = useTranslation('gaps');
  const lists = [
    { key: 'referrals', institutions: isolation.inReferralGraph },
    { key: 'networks', institutions: isolation.inNetworks },
  ] as const;
  return (
    <>
      {lists.map(({ key, institutions }) => (
        <section key={key} aria-labelledby={`isolated-${key}`}>
          <h3 id={`isolated-${key}`}>{t(`isolated.${key}`, { count: institutions.length })}</h3>
          <p className="hint">{t(`isolated.${key}Intro`)}</p>
          <ul className="isolated-list">
            {institutions.map((institution) => (
              <li key={institution.id}>{institution.name}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
