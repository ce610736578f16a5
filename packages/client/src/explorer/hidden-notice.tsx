import { useTranslation } from 'react-i18next';
import type { HiddenNodes } from './explorer-data';

/** Opens the municipality filter of the filter panel and moves focus to it. */
function openMunicipalityFilter(): void {
  const group = document.querySelector<HTMLDetailsElement>('details[data-filter="municipalities"]');
  if (!group) return;
  group.open = true;
  group.querySelector('summary')?.focus();
  group.scrollIntoView({ block: 'nearest' });
}

/**
 * Says what the server left out of a network too large for one answer ("312 Fachkräfte
 * ausgeblendet – Filter „Gemeinde“ wählen, um sie zu zeigen") and offers the way on: choosing
 * municipalities or networks, which the explorer then asks the server for.
 */
export function HiddenNotice({
  hidden,
  narrowed,
}: {
  readonly hidden: readonly HiddenNodes[];
  /** Whether the answer shown is already narrowed to the chosen municipalities and networks. */
  readonly narrowed: boolean;
}) {
  const { t } = useTranslation('explorer');
  if (hidden.length === 0) return null;
  const list = hidden.map(({ kind, count }) => t(`hidden.${kind}`, { count })).join(', ');
  return (
    <p className="notice" role="status">
      {t(narrowed ? 'hidden.stillHidden' : 'hidden.summary', { list })}{' '}
      <button type="button" onClick={openMunicipalityFilter}>
        {t('hidden.chooseMunicipality')}
      </button>
    </p>
  );
}
