import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { SIGN_IN_CALLBACK_PATH, type SignInSettings } from './sign-in-settings';
import type { TokenStore } from './token-store';

/** Where the app was when sign-in began, so the callback can return there. */
interface SignInState {
  readonly returnTo: string;
}

/** A path of this app to return to: same origin only, never the callback itself. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/';
  return value.startsWith(SIGN_IN_CALLBACK_PATH) ? '/' : value;
}

/** Sign-in through the identity provider with Authorization Code + PKCE (oidc-client-ts). */
export interface OidcSession {
  /** Leaves for the provider's sign-in page; comes back to `returnTo`. */
  signIn(returnTo: string): Promise<void>;
  /**
   * On the callback page: exchanges the code (with the PKCE verifier) for tokens, keeps the
   * access token and answers where to go next.
   */
  completeSignIn(url: string): Promise<string>;
  /** Forgets the tokens here and ends the provider's session, coming back to the start page. */
  signOut(): Promise<void>;
}

/** The settings oidc-client-ts gets for this app at `origin`. */
export function userManagerSettings(
  oidc: NonNullable<SignInSettings['oidc']>,
  origin: string,
  storage: Storage,
) {
  return {
    authority: oidc.issuer,
    client_id: oidc.clientId,
    scope: oidc.scope,
    redirect_uri: `${origin}${SIGN_IN_CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    // Tokens live as long as the tab, like the token panel's.
    userStore: new WebStorageStateStore({ store: storage }),
    stateStore: new WebStorageStateStore({ store: storage }),
    // Renew the access token with the refresh token shortly before it expires.
    automaticSilentRenew: true,
    loadUserInfo: false,
  } as const;
}

/**
 * Connects oidc-client-ts to the token store: a signed-in user's access token (and every renewed
 * one) becomes the token the Apollo link sends.
 */
export function createOidcSession(
  oidc: NonNullable<SignInSettings['oidc']>,
  tokens: Pick<TokenStore, 'set' | 'get'>,
  origin: string = window.location.origin,
  storage: Storage = window.sessionStorage,
): OidcSession {
  const manager = new UserManager(userManagerSettings(oidc, origin, storage));
  manager.events.addUserLoaded((user: User) => {
    tokens.set(user.access_token);
  });
  return {
    async signIn(returnTo) {
      const state: SignInState = { returnTo: safeReturnPath(returnTo) };
      await manager.signinRedirect({ state });
    },
    async completeSignIn(url) {
      const user = await manager.signinRedirectCallback(url);
      tokens.set(user.access_token);
      return safeReturnPath((user.state as Partial<SignInState> | undefined)?.returnTo);
    },
    async signOut() {
      const user = await manager.getUser();
      tokens.set(null);
      await manager.removeUser();
      if (user?.id_token) {
        await manager.signoutRedirect({ id_token_hint: user.id_token });
      }
    },
  };
}
