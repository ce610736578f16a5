import { appForSuite } from './harness';

interface Found {
  institutions: { totalCount: number; nodes: { id: string }[] };
}

describe('creating in Chromium when an answer is lost (real server, demo data)', () => {
  const started = appForSuite({ anonymousRole: 'coordinator' });

  it('creates an institution once when the form is sent again after its answer was lost', async () => {
    const name = 'Beratungsstelle Wiederholung E2E';
    const { page } = await started().openPage('/edit/institution/new');
    await page.getByRole('textbox', { name: /^Name/ }).fill(name);
    await page.getByRole('combobox', { name: /^Art/ }).selectOption('FAMILY_COUNSELLING_CENTRE');
    await page.getByRole('combobox', { name: /^Gemeinde oder Region/ }).selectOption('koethen');

    // The first create reaches the server and is stored, but its answer never arrives.
    let lost = 0;
    await page.route('**/graphql', async (route) => {
      if (lost === 0 && (route.request().postData() ?? '').includes('createInstitution')) {
        lost += 1;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    const create = page.getByRole('button', { name: 'Anlegen', exact: true });
    await create.click();
    await page.waitForFunction(
      () => !document.querySelector('button[type="submit"]')?.hasAttribute('disabled'),
    );
    expect(lost).toBe(1);
    expect(page.url()).toMatch(/\/edit\/institution\/new$/);

    // The user sends the same form again: the server answers the entry it already stored.
    await create.click();
    await page.waitForURL(/\/edit\/institution\/(?!new$)[^/]+$/);
    const found = await started().api.query<Found>(
      'query ($text: String!) { institutions(filter: { text: $text }) { totalCount nodes { id } } }',
      { text: name },
    );
    expect(found.data?.institutions.totalCount).toBe(1);
    expect(decodeURIComponent(page.url())).toContain(found.data?.institutions.nodes[0]?.id);
  });
});
