import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { RequireMember } from '../auth/require-member';
import { ExportButton } from '../exports/export-button';
import { useDocumentTitle } from '../views/use-document-title';

/** Roles that may download reports (the server's `minRole: analyst`). */
const REPORT_ROLES: ReadonlySet<string> = new Set(['ANALYST', 'COORDINATOR', 'ADMIN']);

/**
 * `/reports`: the reports the Land and the county ask for, each one click to a file. The state
 * a report stands on is in the URL (`?date=YYYY-MM-DD` or `?snapshot=<id>`), so a link reproduces
 * it; without either, the server fixes the graph as it stands in a snapshot first.
 */
export function ReportsView() {
  const { t } = useTranslation('reports');
  const headingId = useId();
  useDocumentTitle(t('title'));
  return (
    <section className="view reports-view" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RequireMember notice={t('membersOnly')} loading={t('loading')}>
        <RequireAnalyst>
          <CapacityReport />
        </RequireAnalyst>
      </RequireMember>
    </section>
  );
}

function RequireAnalyst({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation('reports');
  const { viewer } = useAuth();
  if (!REPORT_ROLES.has(viewer?.role ?? '')) {
    return (
      <p className="notice" role="alert">
        {t('analystsOnly')}
      </p>
    );
  }
  return <>{children}</>;
}

/** The capacity report of the Gewalthilfegesetz: which state, then XLSX or PDF. */
function CapacityReport() {
  const { t } = useTranslation('reports');
  const headingId = useId();
  const [search, setSearch] = useSearchParams();
  const snapshot = search.get('snapshot') ?? undefined;
  const date = search.get('date') ?? undefined;
  const mode = snapshot !== undefined ? 'snapshot' : date !== undefined ? 'date' : 'now';
  const params = mode === 'snapshot' ? { snapshot } : mode === 'date' ? { date } : {};

  const choose = (next: { readonly date?: string; readonly snapshot?: string }): void => {
    const updated = new URLSearchParams();
    if (next.date !== undefined) updated.set('date', next.date);
    if (next.snapshot !== undefined) updated.set('snapshot', next.snapshot);
    setSearch(updated, { replace: true });
  };
  const today = new Date().toISOString().slice(0, 10);

  return (
    <section aria-labelledby={headingId} className="report-card">
      <h2 id={headingId}>{t('capacity.title')}</h2>
      <p>{t('capacity.intro')}</p>
      <fieldset>
        <legend>{t('capacity.standLegend')}</legend>
        <label>
          <input
            type="radio"
            name="capacity-stand"
            checked={mode === 'now'}
            onChange={() => {
              choose({});
            }}
          />{' '}
          {t('capacity.now')}
        </label>
        <br />
        <label>
          <input
            type="radio"
            name="capacity-stand"
            checked={mode === 'date'}
            onChange={() => {
              choose({ date: today });
            }}
          />{' '}
          {t('capacity.atDate')}
        </label>
        {mode === 'date' && (
          <>
            {' '}
            <label>
              {t('capacity.date')}{' '}
              <input
                type="date"
                value={date ?? ''}
                max={today}
                onChange={(event) => {
                  choose({ date: event.target.value });
                }}
              />
            </label>
          </>
        )}
        {mode === 'snapshot' && (
          <>
            <br />
            <label>
              <input type="radio" name="capacity-stand" checked readOnly />{' '}
              {t('capacity.snapshot', { id: snapshot })}
            </label>
          </>
        )}
      </fieldset>
      <p className="report-downloads">
        <ExportButton
          name="capacity-report"
          format="xlsx"
          params={params}
          label={t('capacity.xlsx')}
        />{' '}
        <ExportButton
          name="capacity-report"
          format="pdf"
          params={params}
          label={t('capacity.pdf')}
        />
      </p>
      <p className="hint">{t('capacity.reproduce')}</p>
    </section>
  );
}
