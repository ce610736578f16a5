/** Where the server tells the web client how to sign in (`GET`, no secrets). */
export const SIGN_IN_SETTINGS_PATH = '/auth/config';

/** What `GET /auth/config` answers: how this server signs people in. */
export interface SignInSettings {
  /** Sign in through this OpenID Connect provider (Authorization Code + PKCE); null: none. */
  readonly oidc: {
    readonly issuer: string;
    readonly clientId: string;
    readonly scope: string;
  } | null;
  /** Whether the access-token panel is offered (development and tests only). */
  readonly staticTokens: boolean;
}
