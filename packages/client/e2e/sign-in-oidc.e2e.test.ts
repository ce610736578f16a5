import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { ACCESS_TOKEN_STORAGE_KEY } from '../src/auth/token-store';
// The identity provider the server's sign-in tests use: real oidc-provider on loopback.
import { startTestOidcProvider, type TestOidcProvider } from '../../server/src/test/oidc-provider';
import { appForSuite } from './harness';

/** A free port on 127.0.0.1, so the provider knows the app's redirect URI before the app starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** The header offers sign-in again, as the public role, and the tab keeps no token. */
async function expectAnonymous(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Anmelden Rolle: Öffentlichkeit', exact: true }).waitFor();
  expect(
    await page.evaluate((key) => sessionStorage.getItem(key), ACCESS_TOKEN_STORAGE_KEY),
  ).toBeNull();
}

/**
 * What the page may report besides its own problems: Chromium logs the server's 401 answer to a
 * refused token (which the app handles) as a console error, and requests still in flight with
 * the refused token are cancelled when the app reads everything again as anonymous.
 */
function ownProblems(problems: readonly string[]): string[] {
  return problems.filter(
    (problem) =>
      !problem.includes('status of 401 (Unauthorized)') &&
      !/^request failed: \S+\/graphql net::ERR_ABORTED$/.test(problem),
  );
}

describe('sign-in through an OpenID Connect provider in Chromium (authorization code + PKCE)', () => {
  const env: Record<string, string> = {};
  let provider: TestOidcProvider | undefined;

  // Registered before the app's hooks, so the app starts with the provider's settings.
  beforeAll(async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    provider = await startTestOidcProvider({
      clients: [],
      browserClient: {
        clientId: 'schutznetz-web',
        redirectUris: [`${origin}/auth/callback`],
        postLogoutRedirectUris: [`${origin}/`],
      },
      accounts: [{ sub: 'anna', name: 'Anna Beispiel', roles: ['member', 'coordinator'] }],
    });
    Object.assign(env, provider.serverEnv, { PORT: String(port), HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await provider?.close();
  });
  const started = appForSuite({ env });

  it('signs in at the provider, comes back to the same view and shows who is signed in, then signs out', async () => {
    const { page, context, problems } = await started().openPage('/directory');
    // The provider's development pages ask for a Google web font and a favicon; neither matters
    // here, and this machine reaches nothing but loopback.
    await context.route('https://fonts.googleapis.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
    );
    await context.route(`${provider?.url ?? ''}/favicon.ico`, (route) =>
      route.fulfill({ status: 204 }),
    );
    await page.getByRole('button', { name: 'Anmelden Rolle: Öffentlichkeit', exact: true }).click();
    await page.getByRole('button', { name: 'Mit Dienstkonto anmelden' }).click();

    // The provider's own sign-in page (its development form takes any password).
    await page.waitForURL((url) => url.origin === provider?.url);
    await page.locator('input[name="login"]').fill('anna');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    // Back in the app, where sign-in began, with the name and role the server read from the token.
    const toggle = page.getByRole('button', {
      name: 'Anna Beispiel Rolle: Koordination',
      exact: true,
    });
    await toggle.waitFor();
    expect(new URL(page.url()).pathname).toBe('/directory');
    const token = await page.evaluate(
      (key) => sessionStorage.getItem(key),
      ACCESS_TOKEN_STORAGE_KEY,
    );
    expect(token?.split('.')).toHaveLength(3);
    await toggle.click();
    await page.getByText('Angemeldet als Anna Beispiel (Koordination)').waitFor();
    await page.getByText('Sie dürfen Daten anlegen, ändern und löschen.').waitFor();
    await started().screenshot(page, 'sign-in-oidc');

    // Signing out ends the provider's session too, then returns to the start page.
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL((url) => url.origin === provider?.url);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await expectAnonymous(page);
    expect(ownProblems(problems)).toEqual([]);
  });

  it('tells the user in German when the server refuses the session and offers to sign in again', async () => {
    const { page, problems } = await started().openPage('/');
    // A session the server no longer accepts (here: a token it cannot verify).
    await page.evaluate(
      ([key, value]) => {
        sessionStorage.setItem(key, value);
      },
      [ACCESS_TOKEN_STORAGE_KEY, 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.c2lnbmF0dXJl'] as const,
    );
    await page.goto('/', { waitUntil: 'networkidle' });

    const notice = page.getByRole('alert').filter({ hasText: 'Ihre Anmeldung ist abgelaufen' });
    await notice.waitFor();
    await page.getByRole('button', { name: 'Erneut anmelden' }).waitFor();
    // The panel opened by itself, with the way back in under the keyboard.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Erneut anmelden');
    // The tab goes on as anonymous, without the refused token.
    await expectAnonymous(page);
    await started().screenshot(page, 'sign-in-expired');
    expect(ownProblems(problems)).toEqual([]);
  });
});
