import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth/auth-context';
import { createTokenStore } from './auth/token-store';
import { setupI18n } from './i18n/i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no element with id "root"');

const i18n = setupI18n();
const tokens = createTokenStore(window.sessionStorage);
const apolloClient = createApolloClient({ tokens });

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apolloClient}>
        <AuthProvider tokens={tokens}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AuthProvider>
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
