import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EMERGENCY_CARD_PATH, municipalityCardPath } from './paths';

/**
 * A link to the printable Notfallkarte from a list of institutions: the card of the municipality
 * when the list shows exactly one, otherwise the choice of municipalities.
 */
export function EmergencyCardLink({
  municipalities,
}: {
  readonly municipalities: readonly string[];
}) {
  const { t } = useTranslation('emergencyCard');
  const [only] = municipalities;
  return (
    <p className="emergency-card-link">
      <Link
        to={municipalities.length === 1 && only ? municipalityCardPath(only) : EMERGENCY_CARD_PATH}
      >
        {t('linkFromList')}
      </Link>
    </p>
  );
}
