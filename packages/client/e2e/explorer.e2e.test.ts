import { drawnWithin, readDrawnGraph, readStatedCounts } from './drawn-graph';
import { appForSuite } from './harness';

describe('network explorer and directory in Chromium (real server, embedded Neo4j, demo data)', () => {
  // Members see people too, so the graph shows the whole network.
  const started = appForSuite({ anonymousRole: 'member' });

  it('loads Cytoscape only with the explorer, not on the home page', async () => {
    const { page, problems } = await started().openPage('/');
    const scripts = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop() ?? ''),
      );
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    expect((await scripts()).filter((name) => name.startsWith('cytoscape'))).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk-Explorer' }).click();
    await page
      .getByRole('application', { name: 'Netzwerkgraph' })
      .locator('canvas')
      .first()
      .waitFor();
    expect((await scripts()).filter((name) => name.startsWith('cytoscape'))).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('draws the county network with its legend and reports what it shows', async () => {
    const { page, problems } = await started().openPage('/explorer');
    await page.getByRole('heading', { level: 1, name: 'Netzwerk-Explorer' }).waitFor();
    await page
      .getByRole('application', { name: 'Netzwerkgraph' })
      .locator('canvas')
      .first()
      .waitFor();
    const stated = await readStatedCounts(page);
    expect(stated.nodes).toBeGreaterThan(200);
    // Cytoscape draws what the summary says: every node and every connection, of every layer.
    const drawn = await readDrawnGraph(page, stated.nodes);
    expect(drawn.edges).toHaveLength(stated.edges);
    expect(new Set(drawn.nodes.map((node) => node.kind))).toEqual(
      new Set(['institution', 'person', 'network', 'topic']),
    );
    await page.getByRole('heading', { name: 'Legende' }).waitFor();
    await page.waitForTimeout(500);
    await started().screenshot(page, 'explorer');
    expect(problems).toEqual([]);
  });

  it('filters by municipality, keeps the filter in the URL and focuses a node found by search', async () => {
    const { page, problems } = await started().openPage('/explorer');
    const summary = page.getByText(/\d+ Knoten und \d+ Verbindungen sichtbar\./);
    await summary.waitFor();
    const before = Number(/\d+/.exec((await summary.textContent()) ?? '')?.[0]);

    await page.locator('summary', { hasText: 'Gemeinde' }).click();
    // click, not check(): the box shows the filter once React has rendered the navigation,
    // a transition that may end after check() looks at it.
    const zerbst = page.getByLabel('Zerbst/Anhalt');
    await zerbst.click();
    await page.waitForURL(/municipality=zerbst/);
    await page.locator('input[value="zerbst"]:checked').waitFor();
    const filtered = Number(/\d+/.exec((await summary.textContent()) ?? '')?.[0]);
    expect(filtered).toBeLessThan(before);
    expect(filtered).toBeGreaterThan(0);
    // Drawn: exactly the institutions in Zerbst, and only people who work at one of them.
    const drawn = await readDrawnGraph(page, filtered);
    const { data } = await started().api.query<{ institutions: { nodes: { name: string }[] } }>(
      '{ institutions(first: 200, filter: { municipalities: ["zerbst"] }) { nodes { name } } }',
    );
    const inZerbst = data?.institutions.nodes.map((institution) => institution.name).sort() ?? [];
    expect(inZerbst.length).toBeGreaterThan(3);
    const drawnOf = (kind: string) => drawn.nodes.filter((node) => node.kind === kind);
    expect(
      drawnOf('institution')
        .map((node) => node.label)
        .sort(),
    ).toEqual(inZerbst);
    const institutionIds = new Set(drawnOf('institution').map((node) => node.id));
    for (const person of drawnOf('person')) {
      expect(
        drawn.edges.some((edge) => edge.source === person.id && institutionIds.has(edge.target)),
      ).toBe(true);
    }

    const search = page.getByRole('combobox', { name: 'Im Netzwerk suchen' });
    await search.fill('Polizeirevier Zerbst');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await search.press('Enter');
    await page.waitForURL(/selected=/);
    const details = page.getByRole('region', { name: /Polizeirevier/ });
    await details.getByText('Polizeirevier', { exact: false }).first().waitFor();

    await details.getByRole('button', { name: 'Nachbarschaft zeigen' }).click();
    await page.waitForURL(/focus=/);
    await page.getByText(/Nachbarschaft von „.*Polizeirevier/).waitFor();
    await page.getByLabel('Tiefe').selectOption('2');
    await page.waitForURL(/depth=2/);
    // Drawn: what lay at most two connections from the police station in the Zerbst drawing,
    // with the connections among it, and nothing else.
    await page.getByText(/Nachbarschaft von „.*Polizeirevier.*“, Tiefe 2/).waitFor();
    const focused = await readDrawnGraph(page, (await readStatedCounts(page)).nodes);
    const root = new URL(page.url()).searchParams.get('focus') ?? '';
    const near = drawnWithin(drawn, root, 2);
    expect(near.size).toBeGreaterThan(1);
    expect(new Set(focused.nodes.map((node) => node.id))).toEqual(near);
    expect(focused.edges).toHaveLength(
      drawn.edges.filter((edge) => near.has(edge.source) && near.has(edge.target)).length,
    );
    await started().screenshot(page, 'explorer-focus');

    // The link carries the whole state: a fresh page opens the same view.
    const { page: shared } = await started().openPage(
      new URL(page.url()).pathname + new URL(page.url()).search,
    );
    await shared.getByText(/Nachbarschaft von „.*Polizeirevier.*“, Tiefe 2/).waitFor();
    expect(problems).toEqual([]);
  });

  it('highlights the institutions behind the services named in ?highlight=', async () => {
    const { data } = await started().api.query<{
      services: { nodes: { id: string; institution: { name: string } }[] };
    }>('{ services(first: 2) { nodes { id institution { name } } } }');
    const services = data?.services.nodes ?? [];
    expect(services.length).toBeGreaterThan(0);
    const { page } = await started().openPage(
      `/explorer?highlight=${services.map((service) => service.id).join(',')}`,
    );
    await page.getByText(/\d+ hervorgehoben/).waitFor();
    // Drawn: those institutions marked, everything else dimmed.
    const drawn = await readDrawnGraph(page, (await readStatedCounts(page)).nodes);
    const marked = drawn.nodes.filter((node) => node.classes.includes('highlighted'));
    expect(new Set(marked.map((node) => node.label))).toEqual(
      new Set(services.map((service) => service.institution.name)),
    );
    const unmarked = drawn.nodes.filter((node) => !node.classes.includes('highlighted'));
    expect(unmarked.length).toBeGreaterThan(0);
    expect(unmarked.filter((node) => !node.classes.includes('dimmed'))).toEqual([]);
  });

  it('chooses nodes with the arrow keys on the graph and announces the choice', async () => {
    const { page, problems } = await started().openPage('/explorer?municipality=zerbst');
    const graph = page.getByRole('application', { name: 'Netzwerkgraph' });
    await graph.locator('canvas').first().waitFor();
    await graph.focus();
    // Each step waits for the node's details, as a reader would; moving on sooner cancels the
    // request for them (counted as a failed request by the harness).
    const detailsLoaded = () => page.locator('.detail-panel dl').nth(1).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/selected=/);
    const announcement = page.getByText(/^Ausgewählt: .+ \(.+\), 1 von (\d+)\.$/);
    await announcement.waitFor();
    const total = /von (\d+)/.exec((await announcement.textContent()) ?? '')?.[1] ?? '';
    expect(Number(total)).toBeGreaterThan(3);
    const first = new URL(page.url()).searchParams.get('selected');
    await detailsLoaded();

    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Ausgewählt: .+, 2 von \d+\.$/).waitFor();
    expect(new URL(page.url()).searchParams.get('selected')).not.toBe(first);
    await detailsLoaded();
    await page.keyboard.press('End');
    await page.getByText(new RegExp(`^Ausgewählt: .+, ${total} von ${total}\\.$`)).waitFor();
    await detailsLoaded();
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Ausgewählt: .+, 1 von \d+\.$/).waitFor();
    await detailsLoaded();
    expect(new URL(page.url()).searchParams.get('selected')).toBe(first);
    // Focus stays on the graph, so the keys keep working.
    expect(await graph.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('selected'));
    expect(problems).toEqual([]);
  });

  it('shows the same selection as a sortable table in the directory', async () => {
    const { page, problems } = await started().openPage('/explorer?municipality=zerbst');
    await page.getByRole('link', { name: 'Dieselbe Auswahl als Liste' }).click();
    await page.waitForURL(/\/directory\?municipality=zerbst/);
    const table = page.getByRole('table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);

    const header = table.getByRole('columnheader', { name: /Fachkräfte/ });
    await header.getByRole('button').click();
    await page.waitForURL(/sort=people/);
    // React renders a navigation as a transition, a moment after the URL changed.
    await header.and(page.locator('[aria-sort="ascending"]')).waitFor();
    await header.getByRole('button').click();
    await page.waitForURL(/order=descending/);
    await header.and(page.locator('[aria-sort="descending"]')).waitFor();
    await started().screenshot(page, 'directory');
    // Members may not edit, so no links to the editing pages.
    expect(await page.getByRole('link', { name: /^Bearbeiten/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
