import { hasRole, type ViewerRole } from '../auth';
import type { Role } from '../config';

/**
 * The rule behind `@Authorized(role)`: the viewer needs every role named. The schema's auth
 * checker and the read compiler (which leaves forbidden fields to their resolvers) both use it.
 */
export function viewerHasRoles(viewer: ViewerRole, roles: readonly string[]): boolean {
  return roles.every((role) => hasRole(viewer, role as Role));
}
