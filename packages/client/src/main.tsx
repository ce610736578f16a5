import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { createApolloClient } from './apollo';
import { AuthProvider, type SignInSetup } from './auth/auth-context';
import { SIGN_IN_CALLBACK_PATH, fetchSignInSettings } from './auth/sign-in-settings';
import { createTokenStore } from './auth/token-store';
import { setupI18n } from './i18n/i18n';
import './styles.css';
import './capacity/capacity.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no element with id "root"');

const i18n = setupI18n();
const tokens = createTokenStore(window.sessionStorage);
const apolloClient = createApolloClient({ tokens });
// How to sign in comes from the server; the app renders meanwhile. The OIDC client library is
// loaded only when the server names a provider.
const signInSetup: Promise<SignInSetup> = fetchSignInSettings().then(async (settings) => ({
  settings,
  oidc: settings.oidc
    ? (await import('./auth/oidc-session')).createOidcSession(settings.oidc, tokens)
    : null,
}));

/** Back from the identity provider: exchange the code, then go where sign-in began. */
async function completeProviderSignIn(): Promise<void> {
  const { oidc } = await signInSetup;
  if (!oidc) return;
  let next = '/';
  try {
    next = await oidc.completeSignIn(window.location.href);
  } catch {
    tokens.failSignIn();
  }
  window.history.replaceState(null, '', next);
}

const root = createRoot(container);

function render(): void {
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={apolloClient}>
          <AuthProvider tokens={tokens} signInSetup={signInSetup}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </AuthProvider>
        </ApolloProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

if (window.location.pathname === SIGN_IN_CALLBACK_PATH) {
  void completeProviderSignIn().finally(render);
} else {
  render();
}
