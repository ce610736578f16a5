import type { SignInSettings } from '@schutznetz/domain';
import type { Config, Role } from './config';
import { UnauthenticatedError } from './errors';
import { OidcTokenVerifier } from './oidc';

export { ROLES, type Role } from './config';
export { IdentityProviderUnavailableError } from './oidc';

/** Who is asking. */
export interface Viewer {
  readonly name: string;
  readonly role: Role;
  /**
   * The identity provider's stable id of the user (`sub`), or `static:<name>` for a static token;
   * absent for the anonymous viewer.
   */
  readonly subject?: string;
}

/**
 * The sign-in subject of a static token (development and tests): `static:` and the token's name,
 * so a person entry can be linked to it as to an identity provider's `sub` (decision 021).
 */
export function staticTokenSubject(name: string): string {
  return `static:${name}`;
}

/** What the role rules read of a viewer: its role (a compiled read's mappings know nothing else). */
export type ViewerRole = Pick<Viewer, 'role'> & Partial<Viewer>;

const RANK: Record<Role, number> = { public: 0, member: 1, analyst: 2, coordinator: 3, admin: 4 };

/** True when `viewer` has at least `role`. */
export function hasRole(viewer: ViewerRole, role: Role): boolean {
  return RANK[viewer.role] >= RANK[role];
}

/** Professionals' work contacts are for network members and up, never for the public view. */
export function maySeeContacts(viewer: ViewerRole): boolean {
  return hasRole(viewer, 'member');
}

/** People (names, roles, memberships) are for network members and up; the public view has none. */
export function maySeePeople(viewer: ViewerRole): boolean {
  return hasRole(viewer, 'member');
}

/** Changing data is for coordinators and admins (the mutations' `@Authorized('coordinator')`). */
export function mayEdit(viewer: ViewerRole): boolean {
  return hasRole(viewer, 'coordinator');
}

/** The bearer token of an Authorization header; undefined without a header; null for another scheme. */
function bearerToken(authorization: string | undefined): string | undefined | null {
  if (authorization === undefined || authorization.trim() === '') return undefined;
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? null;
}

/** Tells who is asking from a request's Authorization header. */
export interface Authenticator {
  /**
   * The viewer: anonymous without a token; the token's user with a valid one. A wrong, malformed,
   * expired or unknown token throws {@link UnauthenticatedError} (never anonymous); an identity
   * provider that cannot be asked throws {@link IdentityProviderUnavailableError}.
   */
  authenticate(authorization: string | undefined): Promise<Viewer>;
}

/**
 * Static tokens (`AUTH_TOKENS`, development and tests) are looked up first; any other token is
 * verified as an access token of the OpenID Connect provider when one is configured.
 */
export function createAuthenticator(auth: Config['auth']): Authenticator {
  const anonymous: Viewer = { name: 'anonymous', role: auth.anonymousRole };
  const oidc = auth.oidc ? new OidcTokenVerifier(auth.oidc) : undefined;
  return {
    async authenticate(authorization) {
      const token = bearerToken(authorization);
      if (token === undefined) return anonymous;
      if (token === null) {
        throw new UnauthenticatedError(
          'malformed',
          'The Authorization header must be "Bearer <access token>".',
        );
      }
      const known = auth.tokens.get(token);
      if (known) return { ...known, subject: staticTokenSubject(known.name) };
      if (!oidc) throw new UnauthenticatedError('unknown_token', 'Unknown access token.');
      const verified = await oidc.verify(token);
      return verified.subject === undefined
        ? { name: verified.name, role: verified.role }
        : { name: verified.name, role: verified.role, subject: verified.subject };
    },
  };
}

export function signInSettings(auth: Config['auth']): SignInSettings {
  return {
    oidc: auth.oidc
      ? { issuer: auth.oidc.issuer, clientId: auth.oidc.clientId, scope: 'openid profile' }
      : null,
    staticTokens: auth.tokens.size > 0 || !auth.oidc,
  };
}
