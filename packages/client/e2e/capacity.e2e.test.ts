import { ACCESS_TOKEN_STORAGE_KEY } from '../src/auth/token-store';
import { COORDINATOR_TOKEN, MEMBER_TOKEN, appForSuite } from './harness';

/**
 * Free places in the browser (German UI, demo data): the police in Zerbst on the demo's Saturday
 * night reach a shelter with places through the full one; an old report is grey and asked, not
 * trusted; a shelter's own staff report "Plätze frei" and "Belegt" in one tap.
 */

const ZERBST_POLICE =
  '/routes?start=kind%3APOLICE_STATION%40zerbst&topic=domestic_violence&in=zerbst&group=women&age=34';

describe('free places and routes that go on (Chromium, demo data)', () => {
  const started = appForSuite();

  it('shows, from the police in Zerbst on Saturday 23:00 in Russian, a shelter with free places reached through the full shelter in Köthen, each step with a phone', async () => {
    const { page, problems } = await started().openPage(
      `${ZERBST_POLICE}&lang=RU&at=2026-03-14T23%3A00`,
    );
    const route = page
      .locator('li.route')
      .filter({ hasText: 'Frauenschutzhaus Mittelelbe (fiktiv)' })
      .filter({ hasText: 'Frauen- und Kinderschutzhaus Köthen' })
      .first();
    await route.waitFor();
    expect(await route.locator('.capacity-badge').innerText()).toMatch(/^2 Plätze frei \(Stand: /);
    await route.locator('summary').click();
    expect(await route.innerText()).toContain(
      'Frauen- und Kinderschutzhaus Köthen → Frauenschutzhaus Mittelelbe (fiktiv)',
    );
    // The start, the shelter that hands over and the one with places: each a tap-to-call link.
    expect(await route.locator('.route-details a[href^="tel:"]').count()).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
  });

  it('shows a “full” reported six days before the moment in grey as unknown, with its date, and keeps the route', async () => {
    const { page } = await started().openPage(`${ZERBST_POLICE}&at=2026-03-20T12%3A00`);
    const badge = page
      .locator('li.route')
      .filter({ hasText: 'Frauen- und Kinderschutzhaus Köthen' })
      .locator('.capacity-badge[data-capacity="unknown"]')
      .first();
    await badge.waitFor();
    expect(await badge.innerText()).toBe(
      'Freie Plätze unbekannt – Stand: 14.03.2026, 18:40, bitte nachfragen',
    );
  });

  it('lets the shelter’s own staff report free places and “Belegt” in one tap', async () => {
    const app = started();
    const linked = await app.api.query(
      'mutation { linkPersonSignIn(personId: "person:p0041", subject: "static:E2E Fachkraft") }',
      {},
      { authorization: `Bearer ${COORDINATOR_TOKEN}` },
    );
    expect(linked.errors).toBeUndefined();
    const { page, problems } = await app.openPage('/');
    await page.evaluate(
      ([key, token]) => {
        sessionStorage.setItem(key, token);
      },
      [ACCESS_TOKEN_STORAGE_KEY, MEMBER_TOKEN] as const,
    );
    await page.reload({ waitUntil: 'networkidle' });
    const panel = page.getByRole('region', { name: 'Meine Einrichtung: freie Plätze melden' });
    await panel.waitFor();
    expect(await panel.innerText()).toContain('Frauen- und Kinderschutzhaus Köthen');

    const freePlaces = async () =>
      (
        await app.api.cypher<{ free: number }>(
          "MATCH (s:Service {id: 'svc:frauenhaus_koethen_schutz'}) RETURN s.capacityFree AS free",
        )
      )[0]?.free;
    await panel.getByRole('button', { name: 'Ein Platz mehr' }).click();
    await panel.getByRole('button', { name: 'Ein Platz mehr' }).click();
    await panel.getByRole('button', { name: 'Plätze frei: 2' }).click();
    await panel.getByText(/^Zuletzt gemeldet: 2 Plätze frei \(Stand: /).waitFor();
    expect(await freePlaces()).toBe(2);

    await panel.getByRole('button', { name: 'Belegt' }).click();
    await panel.getByText(/^Zuletzt gemeldet: 0 Plätze frei/).waitFor();
    expect(await freePlaces()).toBe(0);
    expect(problems).toEqual([]);
  });
});
