import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale, useLooseT } from '../editing/options';
import type { ReferralRoutesQuery, RouteFieldsFragment } from '../gql/graphql';

/** What an answer left out, as the API gives it (issue 12: nothing is excluded silently). */
export type LeftOutEntries = ReferralRoutesQuery['referralRoutes']['leftOut'];

/**
 * "Nicht berücksichtigt": under every answer, each condition that left services on the topic
 * out, with the nearest of them (institution, municipality) and every reason they fail — a
 * child's limit names the child. Folded per condition, so the routes stay on top.
 */
export function LeftOut({ entries }: { readonly entries: LeftOutEntries }) {
  const { t } = useTranslation('routes');
  const loose = useLooseT('routes');
  const locale = useLocale();
  const headingId = useId();
  return (
    <section className="left-out" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('leftOut.title')}</h3>
      {entries.length === 0 ? (
        <p>{t('leftOut.none')}</p>
      ) : (
        <>
          <p>{t('leftOut.intro')}</p>
          <ul className="left-out-conditions">
            {entries.map((entry) => (
              <li key={entry.constraint}>
                {entry.nearest.length === 0 ? (
                  <p>
                    <strong>{loose(`constraints.${entry.constraint}`)}</strong>:{' '}
                    {entry.description[locale]}
                  </p>
                ) : (
                  <details>
                    <summary>
                      <strong>{loose(`constraints.${entry.constraint}`)}</strong> (
                      {entry.description[locale]}):{' '}
                      {t('leftOut.count', { count: entry.serviceCount })}
                    </summary>
                    <ul>
                      {entry.nearest.map((left) => (
                        <li key={left.service.id}>
                          <Link
                            to={`/explorer?selected=${encodeURIComponent(left.institution.id)}`}
                          >
                            {left.service.name}
                          </Link>{' '}
                          (
                          {t('leftOut.where', {
                            institution: left.institution.name,
                            municipality: left.municipalityName,
                          })}
                          ): {left.reasons.map((reason) => reason.label[locale]).join('; ')}
                        </li>
                      ))}
                    </ul>
                    {entry.serviceCount > entry.nearest.length && (
                      <p>
                        {t('leftOut.more', { count: entry.serviceCount - entry.nearest.length })}
                      </p>
                    )}
                  </details>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * How a route's end service meets the language ("mit Sprachmittlung", "Sprache unbekannt –
 * bitte nachfragen") and what else to clarify before the hand-over (a child's limit, a target
 * group not recorded). Nothing for a confirmed match without questions.
 */
export function RouteEligibility({
  route,
}: {
  readonly route: Pick<RouteFieldsFragment, 'languageMatch' | 'openQuestions'>;
}) {
  const { t } = useTranslation('routes');
  const locale = useLocale();
  const others = route.openQuestions.filter((q) => q.constraint !== 'LANGUAGE');
  const language =
    route.languageMatch === 'UNKNOWN' || route.languageMatch === 'INTERPRETING'
      ? route.languageMatch
      : null;
  if (language === null && others.length === 0) return null;
  return (
    <div className="route-eligibility">
      {language && (
        <p>
          <span className={`badge language-${language.toLowerCase()}`}>
            {t(`eligibility.${language}`)}
          </span>
        </p>
      )}
      {others.length > 0 && (
        <>
          <p>{t('eligibility.ask')}</p>
          <ul>
            {others.map((question, index) => (
              <li key={index}>{question.label[locale]}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
