import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import CHROMIUM_FLAGS from './chromium-flags.json';
// End-to-end tests drive the real server; this harness is the one place the client's tests reach it.
import { DEMO_DATA } from '@schutznetz/demo-data';
import { startTestApi, type TestApi } from '../../server/src/test/graphql';

/** Debian's Chromium; tests never download a browser. `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The built client the server serves at `/` (`npm run build:client`; `npm test` builds it first). */
const CLIENT_DIST_DIR = path.resolve(__dirname, '..', 'dist');

/** Screenshots of the main views land here; the folder is ignored by git. */
export const SCREENSHOT_DIR = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'test-results',
  'screenshots',
);

/**
 * Flags for headless Chromium on a machine without a GPU and without internet (`chromium-flags.json`,
 * shared with the client benchmark): background networking, sync and component updates would only
 * try to reach Google and be refused.
 */
const CHROMIUM_ARGS = [
  ...CHROMIUM_FLAGS,
  // Chromium formats date and time inputs by its own UI language: show what German users see.
  '--lang=de-DE',
];

/** A coordinator's access token, so tests can sign in as one (the anonymous role is public). */
export const COORDINATOR_TOKEN = 'e2e-coordinator-token-0123456789';
/** A member's access token: sees people and contacts, may not edit. */
export const MEMBER_TOKEN = 'e2e-member-token-0123456789';

export interface E2eOptions {
  /** Role without a token; `public` as in production unless a test needs otherwise. */
  readonly anonymousRole?: 'public' | 'member' | 'analyst' | 'coordinator' | 'admin';
  /** UI language the browser asks for (`Accept-Language`, `navigator.language`). */
  readonly locale?: string;
  /** More server configuration, e.g. an identity provider's `OIDC_*` or a fixed `PORT`. */
  readonly env?: Readonly<Record<string, string>>;
}

/** The real server on the worker's embedded Neo4j with the demo data, and a browser for it. */
export interface E2eApp {
  /** e.g. `http://127.0.0.1:41234` — the client at `/`, GraphQL at `/graphql`. */
  readonly baseUrl: string;
  /** The server's test API: `query` (GraphQL over HTTP) and `cypher` (read the database directly). */
  readonly api: TestApi;
  readonly browser: Browser;
  /**
   * A fresh page in a fresh browser context (own storage), opened at `path` and waiting until
   * the network is idle. Console errors and failed requests of the page are collected in
   * `problems` so a test can assert there were none.
   */
  openPage(pathAndQuery?: string, options?: { locale?: string }): Promise<E2ePage>;
  /** Saves a full-page screenshot as `test-results/screenshots/<name>.png`; returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface E2ePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, uncaught exceptions and failed requests seen on the page so far. */
  readonly problems: string[];
}

/**
 * Starts the server (migrations, demo data, the built client) on this Jest worker's database and
 * launches headless Chromium. Call in `beforeAll`, and `close()` in `afterAll`.
 */
/**
 * Starts the app for the enclosing `describe` (before its first test, closed after its last) and
 * returns an accessor that fails the test when the start failed.
 */
export function appForSuite(options: E2eOptions = {}): () => E2eApp {
  let app: E2eApp | undefined;
  beforeAll(async () => {
    app = await startE2eApp(options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
}

export async function startE2eApp(options: E2eOptions = {}): Promise<E2eApp> {
  if (!existsSync(path.join(CLIENT_DIST_DIR, 'index.html'))) {
    throw new Error(
      `No client build in ${CLIENT_DIST_DIR}: run "npm run build:client" (npm test does it first).`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's package ("apt-get install chromium") or set CHROMIUM_PATH.`,
    );
  }
  const api = await startTestApi(DEMO_DATA, {
    CLIENT_DIST_DIR,
    ANONYMOUS_ROLE: options.anonymousRole ?? 'public',
    AUTH_TOKENS: [
      `${COORDINATOR_TOKEN}:coordinator:E2E Koordination`,
      `${MEMBER_TOKEN}:member:E2E Fachkraft`,
    ].join(','),
    ...options.env,
  });
  let browser: Browser;
  try {
    // Playwright gives each launch a fresh, temporary profile of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (error) {
    await api.close();
    throw error;
  }
  const baseUrl = api.app.url;
  const contexts: BrowserContext[] = [];

  return {
    baseUrl,
    api,
    browser,
    async openPage(pathAndQuery = '/', pageOptions = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: pageOptions.locale ?? options.locale ?? 'de-DE',
        viewport: { width: 1400, height: 900 },
        timezoneId: 'Europe/Berlin',
      });
      contexts.push(context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
      });
      await page.goto(pathAndQuery, { waitUntil: 'networkidle' });
      return { page, context, problems };
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await api.close();
    },
  };
}
