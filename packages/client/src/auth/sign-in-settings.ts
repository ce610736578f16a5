import { SIGN_IN_SETTINGS_PATH, type SignInSettings } from '@schutznetz/domain';

export { SIGN_IN_SETTINGS_PATH, type SignInSettings };

/** Path the identity provider sends the browser back to with the authorization code. */
export const SIGN_IN_CALLBACK_PATH = '/auth/callback';

/** Without an answer from the server: no provider, the token panel (as before sign-in existed). */
export const FALLBACK_SIGN_IN_SETTINGS: SignInSettings = { oidc: null, staticTokens: true };

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The server's answer, checked field by field; anything unexpected falls back. */
export function parseSignInSettings(body: unknown): SignInSettings {
  if (typeof body !== 'object' || body === null) return FALLBACK_SIGN_IN_SETTINGS;
  const { oidc, staticTokens } = body as Record<string, unknown>;
  const provider =
    typeof oidc === 'object' && oidc !== null ? (oidc as Record<string, unknown>) : undefined;
  return {
    oidc:
      provider &&
      isText(provider['issuer']) &&
      isText(provider['clientId']) &&
      /^https?:\/\//.test(provider['issuer'])
        ? {
            issuer: provider['issuer'],
            clientId: provider['clientId'],
            scope: isText(provider['scope']) ? provider['scope'] : 'openid profile',
          }
        : null,
    staticTokens: typeof staticTokens === 'boolean' ? staticTokens : true,
  };
}

/** Asks the server how to sign in; a failed request falls back to the token panel. */
export async function fetchSignInSettings(
  fetchImpl: typeof fetch = fetch,
): Promise<SignInSettings> {
  try {
    const response = await fetchImpl(SIGN_IN_SETTINGS_PATH, {
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return FALLBACK_SIGN_IN_SETTINGS;
    return parseSignInSettings(await response.json());
  } catch {
    return FALLBACK_SIGN_IN_SETTINGS;
  }
}
