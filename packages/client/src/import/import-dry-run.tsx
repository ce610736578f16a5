import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changeText,
  reasonText,
  ROW_ACTIONS,
  rowsShown,
  type RowFilter,
  type Translate,
} from './import-rows';
import type { ImportCounts, ImportRow } from './import.graphql';

/** The dry run: counts, a filter by result, and per row what would happen and why. */
export function ImportDryRun({
  rows,
  counts,
}: {
  readonly rows: readonly ImportRow[];
  readonly counts: ImportCounts;
}) {
  const { t } = useTranslation('import');
  const loose = t as unknown as Translate;
  const id = useId();
  const [filter, setFilter] = useState<RowFilter>(counts.refused > 0 ? 'refused' : 'all');
  const shown = rowsShown(rows, filter);
  const countOf = (action: RowFilter) => (action === 'all' ? rows.length : counts[action]);
  return (
    <section aria-labelledby={`${id}-heading`} className="import-dry-run">
      <h2 id={`${id}-heading`}>{t('dryRun.heading')}</h2>
      <p role="status">
        {t('dryRun.summary', {
          create: counts.create,
          update: counts.update,
          unchanged: counts.unchanged,
          refused: counts.refused,
        })}
      </p>
      <fieldset className="import-filter">
        <legend>{t('dryRun.filter')}</legend>
        {(['all', ...ROW_ACTIONS] as const).map((action) => (
          <label key={action}>
            <input
              type="radio"
              name={`${id}-filter`}
              value={action}
              checked={filter === action}
              onChange={() => {
                setFilter(action);
              }}
            />{' '}
            {t(`actions.${action}`)} ({countOf(action)})
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p>{t('dryRun.noRows')}</p>
      ) : (
        <table className="import-rows">
          <thead>
            <tr>
              <th scope="col">{t('dryRun.columns.sheet')}</th>
              <th scope="col">{t('dryRun.columns.line')}</th>
              <th scope="col">{t('dryRun.columns.entry')}</th>
              <th scope="col">{t('dryRun.columns.result')}</th>
              <th scope="col">{t('dryRun.columns.details')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 1000).map((row) => (
              <tr key={`${row.sheet}:${String(row.line)}`} className={`import-${row.action}`}>
                <td>{row.sheet}</td>
                <td>{row.line}</td>
                <td>{row.label}</td>
                <td>{t(`actions.${row.action}`)}</td>
                <td>
                  <ul>
                    {row.problems.map((note) => (
                      <li key={`p-${note.field}-${note.code}`} className="import-problem">
                        {reasonText(loose, note)}
                      </li>
                    ))}
                    {row.warnings.map((note) => (
                      <li key={`w-${note.field}-${note.code}`} className="import-warning">
                        {reasonText(loose, note)}
                      </li>
                    ))}
                    {row.action === 'update' &&
                      row.changes.map((change) => (
                        <li key={`c-${change.field}`}>{changeText(loose, change)}</li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
