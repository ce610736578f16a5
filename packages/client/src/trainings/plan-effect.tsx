import { useTranslation } from 'react-i18next';
import { useLocale } from '../editing/options';
import type { TrainingPlanQuery } from '../gql/graphql';
import { useFormat } from '../i18n/use-format';
import { useFormatLabel, type Proposed } from './proposed-training';
import { byQuarter } from './training-record';

type Plan = TrainingPlanQuery['trainingPlan'];

const WHOLE = { maximumFractionDigits: 0 } as const;

/** The plan's effect in words (from the server), the figures before and after, what it cannot close. */
export function PlanEffectSection({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation('trainings');
  const locale = useLocale();
  const { formatNumber } = useFormat();
  const { effect } = plan;
  const row = (
    label: string,
    before: number,
    after: number,
    options?: Intl.NumberFormatOptions,
  ) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{formatNumber(before, options)}</td>
      <td>{formatNumber(after, options)}</td>
    </tr>
  );
  return (
    <section aria-labelledby="effect-title" className="simulation">
      <h2 id="effect-title">{t('effect.title')}</h2>
      <p data-testid="plan-summary">{effect.summary[locale]}</p>
      {effect.gapsClosed.length > 0 && (
        <details>
          <summary>{t('effect.gapIds', { count: effect.gapsClosed.length })}</summary>
          <ul>
            {effect.gapsClosed.map((id) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('effect.figure')}</th>
              <th scope="col">{t('effect.before')}</th>
              <th scope="col">{t('effect.after')}</th>
            </tr>
          </thead>
          <tbody>
            {row(
              t('effect.cellsWithPerson'),
              effect.before.cellsWithPerson,
              effect.after.cellsWithPerson,
            )}
            {row(t('effect.gaps'), effect.before.gaps, effect.after.gaps)}
            {row(
              t('effect.severity'),
              effect.before.totalSeverity,
              effect.after.totalSeverity,
              WHOLE,
            )}
            {row(
              t('effect.singlePerson'),
              effect.singlePersonTopicsBefore.length,
              effect.singlePersonTopicsAfter.length,
            )}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('effect.severityMeans')}</p>
      {effect.unclosable.length > 0 && (
        <>
          <h3>{t('effect.unclosableTitle')}</h3>
          <ul>
            {effect.unclosable.map((gaps) => (
              <li key={gaps.kind}>
                {t('effect.unclosable', {
                  count: gaps.count,
                  severity: formatNumber(gaps.severity, WHOLE),
                })}{' '}
                {gaps.why[locale]}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.shortfall && <p role="note">{plan.shortfall[locale]}</p>}
    </section>
  );
}

/** The year at a glance: each quarter's trainings with day, format and trainer. */
export function YearPlan({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation('trainings');
  const locale = useLocale();
  const formatLabel = useFormatLabel();
  const { formatDate } = useFormat();
  const trainer = (training: Proposed) =>
    training.trainer?.person?.name ?? t('proposals.trainerExternalShort');
  return (
    <section aria-labelledby="year-title">
      <h2 id="year-title">{t('year.title', { year: plan.year })}</h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="year-plan">
          <thead>
            <tr>
              <th scope="col">{t('year.quarter')}</th>
              <th scope="col">{t('year.date')}</th>
              <th scope="col">{t('year.training')}</th>
              <th scope="col">{t('year.format')}</th>
              <th scope="col">{t('year.trainer')}</th>
              <th scope="col">{t('year.seats')}</th>
            </tr>
          </thead>
          <tbody>
            {byQuarter(plan.trainings).flatMap(({ quarter, trainings }) =>
              trainings.map((training, index) => (
                <tr key={training.id}>
                  {index === 0 && (
                    <th scope="rowgroup" rowSpan={trainings.length}>
                      Q{quarter}
                    </th>
                  )}
                  <td>{formatDate(training.date)}</td>
                  <td>{training.title[locale]}</td>
                  <td>{formatLabel(training.format)}</td>
                  <td>{trainer(training)}</td>
                  <td>{training.seatCount}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
