import { useOptionalAuth } from '../auth/auth-context';
import { viewsFor, type View } from '../views/views';

/**
 * The views to offer this viewer: the internal analyses only to roles that may read them (the
 * same test as `RequireMember`), the import to coordinators and admins, the admin pages only to
 * admins. Until the server has said who the viewer is, the public set.
 */
export function useVisibleViews(): readonly View[] {
  const auth = useOptionalAuth();
  const role = auth?.viewer?.role;
  return viewsFor(
    auth?.viewer?.canSeeContacts ?? false,
    role === 'ADMIN',
    role === 'ADMIN' || role === 'COORDINATOR',
  );
}
