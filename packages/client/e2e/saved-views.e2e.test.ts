import { readFileSync } from 'node:fs';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { appForSuite } from './harness';

type Positions = Record<string, { x: number; y: number }>;

/** Every drawn node's model position, read from the Cytoscape instance of the graph canvas. */
async function readPositions(page: Page, nodeCount?: number): Promise<Positions> {
  const handle = await page.waitForFunction((expected) => {
    const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(
      '[data-testid="graph-canvas"]',
    );
    const cy = container?._cyreg?.cy;
    if (!cy || cy.destroyed() || cy.nodes().length === 0) return null;
    if (expected !== undefined && cy.nodes().length !== expected) return null;
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    return positions;
  }, nodeCount);
  return (await handle.jsonValue()) as Positions;
}

/** Waits until node `id` is drawn within 1 px of `expected` (model coordinates). */
async function waitForPosition(
  page: Page,
  id: string,
  expected: { x: number; y: number },
): Promise<void> {
  await page.waitForFunction(
    ({ nodeId, x, y }) => {
      const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(
        '[data-testid="graph-canvas"]',
      );
      const node = container?._cyreg?.cy?.getElementById(nodeId);
      if (!node || node.empty()) return false;
      const position = node.position();
      return Math.abs(position.x - x) <= 1 && Math.abs(position.y - y) <= 1;
    },
    { nodeId: id, ...expected },
    { timeout: 10_000 },
  );
}

/** Where a node is drawn on the page, in CSS pixels. */
async function pagePointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(
      '[data-testid="graph-canvas"]',
    );
    const cy = container?._cyreg?.cy;
    if (!container || !cy) throw new Error('no graph');
    const box = container.getBoundingClientRect();
    const rendered = cy.getElementById(nodeId).renderedPosition();
    return { x: box.left + rendered.x, y: box.top + rendered.y };
  }, id);
}

function todayInBerlin(): string {
  return new Date().toLocaleDateString('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

describe('saved views, the picture and the member list for the meeting in Chromium (real server, demo data)', () => {
  // A coordinator may save views; the anonymous role is one here so no sign-in is needed.
  const started = appForSuite({ anonymousRole: 'coordinator' });

  it('restores a saved view after a reload with every node where it was dragged, within 1 px', async () => {
    const { page, problems } = await started().openPage('/explorer?network=net:ak_gewalt');
    await page.getByRole('heading', { name: 'Gespeicherte Ansichten' }).waitFor();
    const before = await readPositions(page);
    const count = Object.keys(before).length;
    expect(count).toBeGreaterThan(10);

    // Drag the Arbeitskreis' own node 90 px right and 70 px down.
    const id = 'net:ak_gewalt';
    await page.getByTestId('graph-canvas').scrollIntoViewIfNeeded();
    const from = await pagePointOf(page, id);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 45, from.y + 35, { steps: 5 });
    await page.mouse.move(from.x + 90, from.y + 70, { steps: 5 });
    await page.mouse.up();
    const dragged = await readPositions(page);
    expect(
      Math.hypot(dragged[id]!.x - before[id]!.x, dragged[id]!.y - before[id]!.y),
    ).toBeGreaterThan(20);

    await page.getByLabel('Name der Ansicht').fill('AK gegen Gewalt – Sitzung März');
    await page.getByRole('button', { name: 'Als neue Ansicht speichern' }).click();
    await page.waitForURL(/[?&]view=view%3A|[?&]view=view:/);
    await page.getByText('Gespeichert. Link zum Teilen:').waitFor();
    const link = page.url();
    expect(new URL(link).searchParams.get('network')).toBe('net:ak_gewalt');

    // A fresh browser context: nothing of the first page's memory, only the link.
    const viewId = new URL(link).searchParams.get('view') ?? '';
    const second = await started().openPage(`/explorer?view=${encodeURIComponent(viewId)}`);
    await second.page
      .getByText(/Ansicht „AK gegen Gewalt – Sitzung März“ von anonymous, gespeichert am/)
      .waitFor();
    await second.page.waitForURL(/network=net%3Aak_gewalt|network=net:ak_gewalt/);
    await waitForPosition(second.page, id, dragged[id]!);
    const restored = await readPositions(second.page, count);
    for (const [nodeId, position] of Object.entries(dragged)) {
      const back = restored[nodeId];
      expect(back).toBeDefined();
      expect(Math.abs(back!.x - position.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(back!.y - position.y)).toBeLessThanOrEqual(1);
    }
    // Reloaded, the page draws first and then puts the saved positions back: wait for the view.
    await second.page.reload({ waitUntil: 'networkidle' });
    await second.page.getByText(/Ansicht „AK gegen Gewalt – Sitzung März“ von/).waitFor();
    await waitForPosition(second.page, id, dragged[id]!);
    const reloaded = await readPositions(second.page, count);
    for (const [nodeId, position] of Object.entries(dragged)) {
      expect(Math.abs(reloaded[nodeId]!.x - position.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(reloaded[nodeId]!.y - position.y)).toBeLessThanOrEqual(1);
    }
    expect(problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });

  it('exports SVG, PDF and PNG with the title, the date, the filter in words and the legend', async () => {
    const { page, problems } = await started().openPage(
      '/explorer?network=net:ak_gewalt&municipality=koethen&colour=municipality',
    );
    await readPositions(page);
    const title = page.getByLabel('Titel', { exact: true });
    await expect(title.inputValue()).resolves.toBe(
      'Arbeitskreis gegen Gewalt des Landkreises Anhalt-Bitterfeld – Köthen (Anhalt)',
    );
    await title.fill('AK Sitzung Maerz');
    const panel = page.getByRole('region', { name: 'Bild für die Sitzung' });

    const download = async (format: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: format, exact: true }).click(),
      ]);
      const path = await file.path();
      return { name: file.suggestedFilename(), body: readFileSync(path) };
    };

    const svg = await download('SVG');
    expect(svg.name).toMatch(/^schutznetz-ak-sitzung-maerz-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = svg.body.toString('utf8');
    expect(text).toContain('>AK Sitzung Maerz</text>');
    expect(text).toContain(`>Stand: ${todayInBerlin()}</text>`);
    expect(text).toContain(
      'Auswahl: Netzwerk: Arbeitskreis gegen Gewalt des Landkreises Anhalt-Bitterfeld; Gemeinde:',
    );
    expect(text).toContain('>Legende</text>');
    expect(text).toContain('>Mitglied in</text>');
    expect(text).toContain('>Netzwerk</text>');
    // Coloured by municipality: the kinds by shape, the municipality as a swatch of its colour.
    expect(text).toContain('>Köthen (Anhalt)</text>');

    const pdf = await download('PDF');
    expect(pdf.name).toMatch(/\.pdf$/);
    const pdfText = pdf.body.toString('latin1');
    expect(pdfText.startsWith('%PDF-')).toBe(true);
    expect(pdfText).toContain('(AK Sitzung Maerz)');
    expect(pdfText).toContain(`(Stand: ${todayInBerlin()})`);
    expect(pdfText).toContain('(Legende)');

    const png = await download('PNG');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(20_000);
    // canvas2svg (under Cytoscape's SVG export) logs this for every label it writes: its own
    // noise, not a fault of the page.
    expect(
      problems.filter((problem) => !problem.includes('apply path command to node text')),
    ).toEqual([]);
  });

  it('downloads the Arbeitskreis’ member list from its details with roles in German', async () => {
    const { page, problems } = await started().openPage('/explorer?selected=net:ak_gewalt');
    const details = page.locator('.explorer-details');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      details.getByRole('button', { name: 'Mitgliederliste (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(
      'mitglieder-arbeitskreis-gegen-gewalt-des-landkreises-anhalt-bitterfeld.csv',
    );
    const lines = readFileSync(await file.path(), 'utf8').split('\r\n');
    const wolf = lines.find((line) => line.includes('Petra Wolf'));
    expect(wolf?.split(';').slice(0, 3)).toEqual(['Koordination', 'Fachkraft', 'Petra Wolf']);
    expect(wolf).toContain('+49 30 23125 325');
    expect(lines.some((line) => line.startsWith('Gast;Einrichtung;Interventionsstelle'))).toBe(
      true,
    );
    expect(lines.join('\n')).not.toMatch(/\b(MEMBER|GUEST|COORDINATOR)\b/);
    expect(problems).toEqual([]);
  });
});
