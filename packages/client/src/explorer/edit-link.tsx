import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What the editing feature edits at `/edit/<kind>/:id` (`src/editing/editing-routes.tsx`). */
export type EditableKind =
  'institution' | 'person' | 'service' | 'referral-path' | 'network' | 'meeting';

/** The address of an entry's editing page. */
export function editPath(kind: EditableKind, id: string): string {
  return `/edit/${kind}/${encodeURIComponent(id)}`;
}

/**
 * The "Bearbeiten" link to an editing page, named after what it edits for screen readers
 * ("Bearbeiten: Frauenhaus Köthen"), so a list of them stays tellable apart. Show it to editors only.
 */
export function EditLink({ to, name }: { readonly to: string; readonly name: string }) {
  const { t } = useTranslation('explorer');
  return (
    // The name starts with the visible text, so speech input finds it by what it shows.
    <Link className="edit-link" to={to} aria-label={t('edit.linkFor', { name })}>
      {t('edit.link')}
    </Link>
  );
}
