import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { VIEWS } from '../src/views/views';
import { COORDINATOR_TOKEN, appForSuite } from './harness';

/** Every value of every enum in the API schema: shown raw, it is a code, not German. */
function schemaEnumValues(): Set<string> {
  const schema = readFileSync(
    path.resolve(__dirname, '..', '..', 'server', 'schema.graphql'),
    'utf8',
  ).replace(/"""[\s\S]*?"""/g, '');
  const values = new Set<string>();
  for (const [, body] of schema.matchAll(/^enum \w+ \{([^}]*)\}/gm)) {
    for (const line of (body ?? '').split('\n')) {
      const value = line.trim().split(/\s/)[0] ?? '';
      // Two- and three-letter values (language codes such as `RU`) read as abbreviations in German.
      if (/^[A-Z][A-Z0-9_]{3,}$/.test(value)) values.add(value);
    }
  }
  return values;
}

const ENUM_VALUES = schemaEnumValues();
/** Domain endings a web address in a text may have; `a.b` ending in one of them is no i18n key. */
const DOMAINS = new Set(['de', 'org', 'com', 'net', 'eu', 'info']);
/** What the server's English refusals say (packages/server/src/errors.ts, the limits). */
const ENGLISH_SERVER_WORDS = [/does not exist/, /Invalid input/, /\bPlease\b/, /\bmust be\b/];

/** What in a page's visible text is not German: raw enum values, taxonomy codes, i18n keys. */
function untranslated(text: string): string[] {
  const found = new Set<string>();
  for (const token of text.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g) ?? []) {
    if (ENUM_VALUES.has(token)) found.add(`enum value ${token}`);
  }
  for (const token of text.match(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g) ?? []) {
    found.add(`code ${token}`);
  }
  for (const word of text.split(/\s+/)) {
    const token = word.replace(/^[(„“"'‚]+|[)“"',:;.!?…‘]+$/g, '');
    const parts = token.split('.');
    if (
      /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)+$/.test(token) &&
      parts.every((part) => part.length >= 2) &&
      parts.some((part) => part.length >= 4) &&
      !DOMAINS.has(parts.at(-1) ?? '')
    ) {
      found.add(`i18n key ${token}`);
    }
  }
  if (text.includes('{{')) found.add('unfilled {{placeholder}}');
  for (const pattern of ENGLISH_SERVER_WORDS) {
    const match = pattern.exec(text);
    if (match) found.add(`English "${match[0]}"`);
  }
  return [...found];
}

/** Opens `target` in the page and reads what a user sees once the view has loaded. */
async function visibleText(page: Page, target: string): Promise<string> {
  await page.goto(target, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor({ state: 'attached' });
  // Lazy views and their queries: wait until no view says it is still loading.
  await page.waitForFunction(
    () => !/(wird|werden) (geladen|berechnet|gesucht|geprüft) …/.test(document.body.innerText),
    {
      timeout: 15_000,
    },
  );
  return page.evaluate(() => document.body.innerText);
}

/** Signs the page's tab in through the header control, as a coordinator would. */
async function signIn(page: Page, token: string): Promise<void> {
  await page.getByRole('button', { name: /^Anmelden Rolle: / }).click();
  await page.getByLabel('Zugangsschlüssel').fill(token);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.getByLabel('Zugangsschlüssel').waitFor({ state: 'hidden' });
}

/** A search with routes and one without: their answers are views of their own. */
const ROUTE_SEARCHES = [
  '/routes?start=kind%3APOLICE_STATION%40zerbst&topic=domestic_violence&in=zerbst&group=women&age=34&at=2026-03-14T23%3A00',
  '/routes?start=self&topic=child_sexual_abuse&in=aken&age=12&lang=VI',
];

/** A municipality's Notfallkarte and a route search's. */
const CARD_PATHS = [
  '/notfallkarte/zerbst',
  '/notfallkarte/route?start=kind%3APOLICE_STATION%40zerbst&topic=domestic_violence&in=zerbst&group=women&at=2026-03-14T23%3A00',
];

describe('every view in German (Chromium, demo data)', () => {
  const started = appForSuite();

  /** One entry of each kind the coordinator edits, by the API. */
  async function entryIds(): Promise<Record<string, string>> {
    const kinds = {
      institution: 'institutions',
      person: 'people',
      service: 'services',
      'referral-path': 'referralPaths',
      network: 'networks',
      meeting: 'meetings',
    } as const;
    const query = `{ ${Object.values(kinds)
      .map((field) => `${field}(first: 1) { nodes { id } }`)
      .join(' ')} }`;
    const { data, errors } = await started().api.query<Record<string, { nodes: { id: string }[] }>>(
      query,
      {},
      { authorization: `Bearer ${COORDINATOR_TOKEN}` },
    );
    expect(errors).toBeUndefined();
    return Object.fromEntries(
      Object.entries(kinds).map(([kind, field]) => [kind, data?.[field]?.nodes[0]?.id ?? '']),
    );
  }

  async function untranslatedByPath(page: Page, targets: readonly string[]) {
    const found: Record<string, string[]> = {};
    for (const target of targets) {
      const problems = untranslated(await visibleText(page, target));
      if (problems.length) found[target] = problems;
    }
    return found;
  }

  const publicPaths = [
    '/',
    ...VIEWS.map((view) => view.path),
    ...ROUTE_SEARCHES,
    ...CARD_PATHS,
    '/gibt-es-nicht',
  ];

  it('shows the public no enum value, taxonomy code, i18n key or English server text', async () => {
    const ids = await entryIds();
    const { page } = await started().openPage('/');
    expect(
      await untranslatedByPath(page, [
        ...publicPaths,
        `/explorer?selected=${encodeURIComponent(ids['institution'] ?? '')}`,
        `/explorer?selected=${encodeURIComponent(ids['network'] ?? '')}`,
      ]),
    ).toEqual({});
  });

  it('shows a coordinator no enum value, taxonomy code, i18n key or English server text, in the editing pages too', async () => {
    const ids = await entryIds();
    const { page } = await started().openPage('/');
    await signIn(page, COORDINATOR_TOKEN);
    const editing = Object.entries(ids).flatMap(([kind, id]) => [
      `/edit/${kind}/${encodeURIComponent(id)}`,
      ...(kind === 'network' ? [] : [`/edit/${kind}/new`]),
    ]);
    expect(
      await untranslatedByPath(page, [
        ...publicPaths,
        `/explorer?selected=${encodeURIComponent(ids['institution'] ?? '')}`,
        `/explorer?selected=${encodeURIComponent(ids['person'] ?? '')}`,
        `/explorer?selected=${encodeURIComponent(ids['network'] ?? '')}`,
        '/edit',
        '/edit/deleted',
        ...editing,
      ]),
    ).toEqual({});
  });

  /** Answers the page's next mutations with these GraphQL errors, as the server words them. */
  async function refuseMutations(page: Page, errors: readonly object[]): Promise<void> {
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query?: string } | null;
      if (!body?.query?.trimStart().startsWith('mutation')) return route.fallback();
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ errors }) });
    });
  }

  it('words a server refusal of a save by its code and field in German, never in the server’s English', async () => {
    const ids = await entryIds();
    const { page } = await started().openPage('/');
    await signIn(page, COORDINATOR_TOKEN);
    await page.goto(`/edit/institution/${encodeURIComponent(ids['institution'] ?? '')}`);
    const phone = page.getByLabel('Telefon', { exact: true });
    await phone.fill('0340 123456');
    const problem = { field: 'input.phone', message: 'must be a phone number such as 0340 123456' };
    await refuseMutations(page, [
      {
        message: `input.phone: ${problem.message}`,
        extensions: { code: 'BAD_USER_INPUT', field: problem.field, problems: [problem] },
      },
    ]);
    const save = page.getByRole('button', { name: 'Änderungen speichern' });
    await save.click();
    await page.getByText('Vom Server abgelehnt: bitte prüfen Sie diesen Wert.').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');

    await page.unroute('**/graphql');
    await refuseMutations(page, [
      { message: 'Too many analyses are running', extensions: { code: 'SERVER_BUSY' } },
    ]);
    await save.click();
    await page
      .getByText('Speichern ist fehlgeschlagen: Der Server ist gerade ausgelastet.', {
        exact: false,
      })
      .waitFor();
    expect(untranslated(await page.evaluate(() => document.body.innerText))).toEqual([]);
  });
});
