import type * as JoseModule from 'jose' with { 'resolution-mode': 'import' };
import type { JWTPayload, JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };
import { ROLES, type OidcConfig, type Role } from './config';
import { UnauthenticatedError } from './errors';

type Jose = typeof JoseModule;

/** jose ships ES modules only; this CommonJS build loads it once, on the first token. */
let jose: Promise<Jose> | undefined;
function loadJose(): Promise<Jose> {
  jose ??= import('jose');
  return jose;
}

/** Signature algorithms an identity provider signs access tokens with; never `none` or HMAC. */
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** How long the server waits for the provider's metadata and keys. */
const PROVIDER_TIMEOUT_MS = 5_000;

/**
 * The identity provider could not be asked (metadata or keys unreachable, or its metadata does
 * not match the configuration). Not the caller's fault: answered 503, never as anonymous.
 */
export class IdentityProviderUnavailableError extends Error {
  override readonly name = 'IdentityProviderUnavailableError';
}

/** The part of a verified access token Schutznetz reads. */
export interface VerifiedToken {
  readonly subject: string | undefined;
  readonly name: string;
  readonly role: Role;
}

const RANK = new Map<string, number>(ROLES.map((role, rank) => [role, rank]));

/** The claim at `path`: a top-level claim of that exact name, or else the dotted path into objects. */
export function claimAt(payload: Readonly<Record<string, unknown>>, path: string): unknown {
  if (Object.hasOwn(payload, path)) return payload[path];
  let value: unknown = payload;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The highest Schutznetz role among the provider's role names at `rolesClaim` (a list, or a
 * space- or comma-separated string); names must start with `prefix`, others are ignored. No
 * matching role: `public`, what anyone may see.
 */
export function roleFromClaims(
  payload: Readonly<Record<string, unknown>>,
  rolesClaim: string,
  prefix = '',
): Role {
  const value = claimAt(payload, rolesClaim);
  const names = Array.isArray(value)
    ? value.filter((name): name is string => typeof name === 'string')
    : typeof value === 'string'
      ? value.split(/[\s,]+/)
      : [];
  let best: Role = 'public';
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const role = name.slice(prefix.length);
    const rank = RANK.get(role);
    if (rank !== undefined && rank > (RANK.get(best) ?? 0)) best = role as Role;
  }
  return best;
}

/** The name shown for the signed-in user and recorded as `updatedBy`. */
export function displayNameFromClaims(payload: JWTPayload): string {
  for (const claim of ['name', 'preferred_username', 'sub']) {
    const value = payload[claim];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return 'unknown';
}

/** jose's verification errors as what went wrong with the token, in words a user can act on. */
function refusal(joseModule: Jose, error: unknown): Error {
  const { errors } = joseModule;
  if (error instanceof errors.JWTExpired) {
    return new UnauthenticatedError('expired', 'The access token has expired. Sign in again.');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') {
      return new UnauthenticatedError(
        'wrong_issuer',
        'The access token was issued by another identity provider (unexpected "iss").',
      );
    }
    if (error.claim === 'aud') {
      return new UnauthenticatedError(
        'wrong_audience',
        'The access token is not meant for this API (unexpected "aud").',
      );
    }
    if (error.claim === 'nbf' || error.claim === 'iat') {
      return new UnauthenticatedError('not_yet_valid', 'The access token is not valid yet.');
    }
    return new UnauthenticatedError(
      'malformed',
      `The access token's claim "${error.claim}" is not valid.`,
    );
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return new UnauthenticatedError(
      'bad_signature',
      "The access token's signature does not verify with the identity provider's keys.",
    );
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new IdentityProviderUnavailableError("The identity provider's keys could not be read.", {
      cause: error,
    });
  }
  if (error instanceof errors.JOSEError) {
    return new UnauthenticatedError('malformed', 'The access token is not a well-formed JWT.');
  }
  // fetch() failing for the key set (connection refused, DNS): the provider is not reachable.
  return new IdentityProviderUnavailableError("The identity provider's keys could not be read.", {
    cause: error,
  });
}

/**
 * Verifies access tokens of one OpenID Connect provider: signature against the provider's JSON
 * Web Key Set (found through its discovery document, fetched once and cached by jose, refetched
 * for an unknown key id), issuer, audience, expiry and not-before, then reads role and name.
 */
export class OidcTokenVerifier {
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly config: OidcConfig) {}

  /** Throws {@link UnauthenticatedError} for a token to refuse, {@link IdentityProviderUnavailableError} when unsure. */
  async verify(token: string): Promise<VerifiedToken> {
    const joseModule = await loadJose();
    // The issuer first, from the unverified claims: a token of another provider is named as
    // such, not as "unknown key". It is refused either way.
    let claims: JWTPayload;
    try {
      claims = joseModule.decodeJwt(token);
    } catch {
      throw new UnauthenticatedError('malformed', 'The access token is not a well-formed JWT.');
    }
    if (claims.iss !== this.config.issuer) {
      throw new UnauthenticatedError(
        'wrong_issuer',
        'The access token was issued by another identity provider (unexpected "iss").',
      );
    }
    const keys = await this.keySet(joseModule);
    let payload: JWTPayload;
    try {
      ({ payload } = await joseModule.jwtVerify(token, keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: this.config.clockToleranceSeconds,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw refusal(joseModule, error);
    }
    return {
      subject: payload.sub,
      name: displayNameFromClaims(payload),
      role: roleFromClaims(payload, this.config.rolesClaim, this.config.rolePrefix),
    };
  }

  /** The provider's key set, from its discovery document; a failed discovery is retried next time. */
  private keySet(joseModule: Jose): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discover(joseModule).catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async discover(joseModule: Jose): Promise<JWTVerifyGetKey> {
    let metadata: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(this.config.discoveryUrl, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      metadata = (await response.json()) as typeof metadata;
    } catch (error) {
      throw new IdentityProviderUnavailableError(
        `The identity provider's metadata (${this.config.discoveryUrl}) could not be read.`,
        { cause: error },
      );
    }
    if (metadata.issuer !== this.config.issuer) {
      throw new IdentityProviderUnavailableError(
        `The identity provider's metadata names the issuer ${JSON.stringify(metadata.issuer)}, not OIDC_ISSUER ${JSON.stringify(this.config.issuer)}.`,
      );
    }
    if (typeof metadata.jwks_uri !== 'string') {
      throw new IdentityProviderUnavailableError(
        "The identity provider's metadata has no jwks_uri.",
      );
    }
    return joseModule.createRemoteJWKSet(new URL(metadata.jwks_uri), {
      timeoutDuration: PROVIDER_TIMEOUT_MS,
      // A key id not in the cached set refetches it (key rotation), at most every 30 s.
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
  }
}
