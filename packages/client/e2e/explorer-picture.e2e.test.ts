import type { Core } from 'cytoscape';
import { DEMO_DATA } from '@schutznetz/demo-data';
import { readDrawnGraph, readStatedCounts } from './drawn-graph';
import { appForSuite } from './harness';

/** A label's box on screen as Cytoscape draws it. */
interface DrawnLabel {
  readonly id: string;
  readonly text: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

describe('the explorer as a picture for the meeting, in Chromium (real server, demo data)', () => {
  const started = appForSuite({ anonymousRole: 'member' });

  it('draws the whole county: every institution and every person of the demo data', async () => {
    const { page, problems } = await started().openPage('/explorer');
    const stated = await readStatedCounts(page);
    const drawn = await readDrawnGraph(page, stated.nodes);
    const of = (kind: string) => drawn.nodes.filter((node) => node.kind === kind);
    expect(of('institution')).toHaveLength(DEMO_DATA.institutions.length);
    expect(of('person')).toHaveLength(DEMO_DATA.people.length);
    // Beyond the county's municipalities, taking referrals from it: drawn as well.
    expect(of('institution').map((node) => node.label)).toContain(
      'Staatsanwaltschaft Dessau-Roßlau',
    );
    expect(await page.getByText(/ausgeblendet/).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows labels that do not overlap at the default zoom, the networks’ first', async () => {
    const { page, problems } = await started().openPage('/explorer');
    const stated = await readStatedCounts(page);
    await readDrawnGraph(page, stated.nodes);
    const handle = await page.waitForFunction(() => {
      const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(
        '[data-testid="graph-canvas"]',
      );
      const cy = container?._cyreg?.cy;
      // The labels follow the view once the zoom they were chosen for is the view's zoom.
      if (!cy || cy.scratch('labelsZoom') !== cy.zoom()) return null;
      const labels: DrawnLabel[] = [];
      cy.nodes().forEach((node) => {
        const text = String(node.style('label') ?? '');
        if (text === '') return;
        const box = node.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
        });
        labels.push({ id: node.id(), text, x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 });
      });
      return labels;
    });
    const labels: DrawnLabel[] = (await handle.jsonValue())!;
    await started().screenshot(page, 'explorer-labels');
    const overlapping: string[] = [];
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          overlapping.push(`${a.text} × ${b.text}`);
      }
    }
    expect(overlapping).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(20);
    // Networks' names go first: the county's two statutory networks are named, and at most one
    // smaller network waits for a closer zoom.
    const named = DEMO_DATA.networks.filter((network) =>
      labels.some((label) => label.id === network.id),
    );
    expect(named.length).toBeGreaterThanOrEqual(DEMO_DATA.networks.length - 1);
    expect(named.map((network) => network.id)).toEqual(
      expect.arrayContaining(['net:kinderschutz', 'net:fruehe_hilfen']),
    );
    expect(problems).toEqual([]);
  });

  it('highlights the shortest referral path between two named institutions and lists its steps', async () => {
    const { page, problems } = await started().openPage('/explorer');
    await readStatedCounts(page);
    const choose = async (label: string, name: string) => {
      const field = page.getByRole('combobox', { name: label, exact: true });
      await field.fill(name);
      await page
        .getByRole('option', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })
        .first()
        .click();
    };
    await choose('Von', 'Sekundarschule an der Nuthe (fiktiv)');
    await page.waitForURL(/from=/);
    await choose('Nach', 'Amtsgericht Zerbst, Familiengericht');
    await page.waitForURL(/to=/);
    // The box follows the address, which the router updates a moment after the click: click,
    // then wait for the address and the ticked box (check() asserts at once and races the router).
    const referralsOnly = page.getByLabel('Nur Hilfewege (Verweise in ihrer Richtung)');
    await referralsOnly.click();
    await page.waitForURL(/referrals=1/);
    expect(await referralsOnly.isChecked()).toBe(true);
    const steps = page.locator('.path-steps li');
    await page.getByText(/Kürzester Weg von „Sekundarschule an der Nuthe/).waitFor();
    expect(await steps.allTextContents()).toEqual([
      'Sekundarschule an der Nuthe (fiktiv) verweist an Allgemeiner Sozialer Dienst (ASD), Regionalteam Zerbst.',
      'Allgemeiner Sozialer Dienst (ASD), Regionalteam Zerbst verweist an Amtsgericht Zerbst, Familiengericht.',
    ]);
    const drawn = await readDrawnGraph(page, (await readStatedCounts(page)).nodes);
    expect(
      drawn.nodes
        .filter((node) => node.classes.includes('highlighted'))
        .map((node) => node.label)
        .sort(),
    ).toEqual([
      'Allgemeiner Sozialer Dienst (ASD), Regionalteam Zerbst',
      'Amtsgericht Zerbst, Familiengericht',
      'Sekundarschule an der Nuthe (fiktiv)',
    ]);
    await started().screenshot(page, 'explorer-path');
    expect(problems).toEqual([]);
  });

  it('colours by municipality with the legend following', async () => {
    const { page, problems } = await started().openPage('/explorer');
    await readStatedCounts(page);
    await page.getByLabel('Farbe nach').selectOption('municipality');
    await page.waitForURL(/colour=municipality/);
    const legend = page.getByRole('region', { name: 'Legende' });
    await legend.getByText('Farbe: Gemeinde').waitFor();
    for (const name of ['Köthen (Anhalt)', 'Zerbst/Anhalt', 'keine Angabe'])
      await legend.getByText(name, { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});
