import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';

/** The free places of a route's end as the API answers them (`ReferralRoute.endCapacity`). */
export interface EndCapacity {
  readonly state: 'FREE' | 'FULL' | 'UNKNOWN';
  readonly free?: number | null;
  readonly reportedAt?: string | null;
}

/**
 * Free places of a route's end service: "2 Plätze frei", "belegt", or, when the report is older
 * than a day or missing, a grey "Plätze unbekannt – Stand: …, bitte nachfragen" (never "full").
 */
export function CapacityBadge({ capacity }: { readonly capacity: EndCapacity | null | undefined }) {
  const { t } = useTranslation('capacity');
  const { formatTimestamp } = useFormat();
  if (!capacity) return null;
  const since = capacity.reportedAt ? formatTimestamp(capacity.reportedAt) : null;
  const text =
    capacity.state === 'FREE'
      ? t('badge.free', { count: capacity.free ?? 0 })
      : capacity.state === 'FULL'
        ? t('badge.full')
        : since
          ? t('badge.stale', { date: since })
          : t('badge.never');
  return (
    <span className="badge capacity-badge" data-capacity={capacity.state.toLowerCase()}>
      {text}
      {since && capacity.state !== 'UNKNOWN' && ` (${t('badge.since', { date: since })})`}
    </span>
  );
}
