import type { Config, Role } from './config';

export { ROLES, type Role } from './config';

/** Who is asking. */
export interface Viewer {
  readonly name: string;
  readonly role: Role;
}

const RANK: Record<Role, number> = { public: 0, member: 1, analyst: 2, coordinator: 3, admin: 4 };

/** True when `viewer` has at least `role`. */
export function hasRole(viewer: Viewer, role: Role): boolean {
  return RANK[viewer.role] >= RANK[role];
}

/** Professionals' work contacts are for network members and up, never for the public view. */
export function maySeeContacts(viewer: Viewer): boolean {
  return hasRole(viewer, 'member');
}

/** People (names, roles, memberships) are for network members and up; the public view has none. */
export function maySeePeople(viewer: Viewer): boolean {
  return hasRole(viewer, 'member');
}

/** Changing data is for coordinators and admins (the mutations' `@Authorized('coordinator')`). */
export function mayEdit(viewer: Viewer): boolean {
  return hasRole(viewer, 'coordinator');
}

/**
 * The viewer of a request from its Authorization header. An unknown token is treated as no token,
 * so it never grants more than anonymous access.
 */
export function viewerFromHeader(auth: Config['auth'], authorization: string | undefined): Viewer {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const known = token ? auth.tokens.get(token) : undefined;
  return known ?? { name: 'anonymous', role: auth.anonymousRole };
}
