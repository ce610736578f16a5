import type { Page } from 'playwright-core';
import { COORDINATOR_TOKEN, appForSuite } from './harness';

const AS_COORDINATOR = { authorization: `Bearer ${COORDINATOR_TOKEN}` };

/** Signs the page's tab in through the header control, as a coordinator would. */
async function signIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Anmelden Rolle: / }).click();
  await page.getByLabel('Zugangsschlüssel').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page
    .getByRole('button', { name: 'E2E Koordination Rolle: Koordination', exact: true })
    .waitFor();
  await page.getByLabel('Zugangsschlüssel').waitFor({ state: 'hidden' });
}

/** The element that has the keyboard focus: its text and whether it sits in a dialog. */
async function focused(page: Page): Promise<{ text: string; inDialog: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      text: element?.textContent.trim() ?? '',
      inDialog: element?.closest('dialog[open]') != null,
    };
  });
}

interface Named {
  id: string;
  name: string;
  version: number;
}

describe('deleting entries in the editing views (Chromium, real server, demo data)', () => {
  const started = appForSuite();

  /** Runs a GraphQL request as a coordinator and fails the test on any error. */
  async function ask<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const result = await started().api.query<Data>(query, variables, AS_COORDINATOR);
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  async function findInstitution(text: string) {
    const data = await ask<{
      institutions: { nodes: (Named & { services: { id: string; name: string }[] })[] };
    }>(
      'query ($text: String!) { institutions(filter: { text: $text }, first: 1) { nodes { id name version services { id name } } } }',
      { text },
    );
    const institution = data.institutions.nodes[0];
    if (!institution) throw new Error(`no institution matches "${text}"`);
    return institution;
  }

  /** Which of these ids still exist, by the kind's single-entry root field. */
  async function stillThere(field: string, ids: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (const id of ids) {
      const data = await ask<Record<string, { id: string } | null>>(
        `query ($id: ID!) { ${field}(id: $id) { id } }`,
        { id },
      );
      if (data[field]) found.push(id);
    }
    return found;
  }

  it('deletes an institution with its services by keyboard; it stays gone after a reload', async () => {
    const institution = await findInstitution('Schuldnerberatung Köthen');
    expect(institution.services.length).toBeGreaterThan(0);
    const { page, problems } = await started().openPage('/edit');
    await signIn(page);

    // Found on the editing home first, so the client holds it in a cached search.
    const search = page.getByLabel('Eintrag suchen');
    await search.fill('Schuldnerberatung Köthen');
    await page.getByRole('link', { name: institution.name, exact: true }).click();
    await page.getByLabel('Träger', { exact: true }).waitFor();

    const opener = page.getByRole('button', { name: 'Einrichtung löschen …', exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Einrichtung löschen?' });
    await dialog.waitFor();
    // It names the entry and what goes with it; focus starts on the harmless choice.
    await dialog.getByText(`„${institution.name}“ wird mit ihren Angeboten`).waitFor();
    const services = institution.services.length;
    await dialog
      .getByText(services === 1 ? '1 Angebot' : `${String(services)} Angebote`, { exact: true })
      .waitFor();
    expect(await focused(page)).toEqual({ text: 'Abbrechen', inDialog: true });
    await started().screenshot(page, 'edit-delete-dialog');

    await page.keyboard.press('Shift+Tab');
    const confirmName = `Einrichtung „${institution.name}“ löschen`;
    expect(await focused(page)).toEqual({ text: confirmName, inDialog: true });
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.pathname === '/edit');
    await page.getByText(`Die Einrichtung „${institution.name}“ wurde gelöscht.`).waitFor();
    expect(await stillThere('institution', [institution.id])).toEqual([]);
    expect(
      await stillThere(
        'service',
        institution.services.map((service) => service.id),
      ),
    ).toEqual([]);

    // The same search asks the server again and no longer lists it.
    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('EditSearch'),
    );
    await page.getByLabel('Eintrag suchen').fill('Schuldnerberatung Köthen');
    expect(await (await answered).text()).not.toContain(institution.id);
    expect(await page.getByRole('link', { name: institution.name, exact: true }).count()).toBe(0);

    // Said once: a reload does not repeat it, and the entry's page says it is gone.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Daten pflegen' }).waitFor();
    expect(await page.getByText('wurde gelöscht').count()).toBe(0);
    await page.goto(`/edit/institution/${encodeURIComponent(institution.id)}`, {
      waitUntil: 'networkidle',
    });
    await page.getByText('Diesen Eintrag gibt es nicht (mehr).').waitFor();
    expect(problems).toEqual([]);
  });

  it('deletes nothing when the dialog is cancelled by Escape or by "Abbrechen"', async () => {
    const data = await ask<{ people: { nodes: { id: string; displayName: string }[] } }>(
      '{ people(first: 1) { nodes { id displayName } } }',
    );
    const person = data.people.nodes[0];
    if (!person) throw new Error('no person in the demo data');
    const before = await ask<{ person: { version: number } }>(
      'query ($id: ID!) { person(id: $id) { version } }',
      { id: person.id },
    );
    const { page, problems } = await started().openPage(
      `/edit/person/${encodeURIComponent(person.id)}`,
    );
    await signIn(page);
    await page
      .getByRole('heading', { level: 1, name: `Person bearbeiten: ${person.displayName}` })
      .waitFor();

    const opener = page.getByRole('button', { name: 'Person löschen …', exact: true });
    const dialog = page.getByRole('alertdialog', { name: 'Person löschen?' });
    await opener.click();
    await dialog.waitFor();
    await dialog
      .getByRole('button', { name: `Person „${person.displayName}“ löschen`, exact: true })
      .waitFor();
    expect((await focused(page)).inDialog).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toEqual({ text: 'Person löschen …', inDialog: false });

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toEqual({ text: 'Person löschen …', inDialog: false });

    const after = await ask<{ person: { version: number } | null }>(
      'query ($id: ID!) { person(id: $id) { version } }',
      { id: person.id },
    );
    expect(after.person).toEqual(before.person);
    expect(page.url()).toContain('/edit/person/');
    expect(problems).toEqual([]);
  });

  it('refuses a stale delete with the conflict message, deletes nothing, and offers the latest version', async () => {
    const data = await ask<{ meetings: { nodes: { id: string; title: string }[] } }>(
      '{ meetings(first: 1) { nodes { id title } } }',
    );
    const meeting = data.meetings.nodes[0];
    if (!meeting) throw new Error('no meeting in the demo data');
    const { page, problems } = await started().openPage(
      `/edit/meeting/${encodeURIComponent(meeting.id)}`,
    );
    await signIn(page);
    await page.getByLabel('Ort', { exact: true }).waitFor();

    // Someone else saves after the page read the meeting.
    const read = await ask<{ meeting: { version: number } }>(
      'query ($id: ID!) { meeting(id: $id) { version } }',
      { id: meeting.id },
    );
    const saved = await ask<{ updateMeeting: { version: number } }>(
      'mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { version } }',
      {
        input: { id: meeting.id, version: read.meeting.version, location: 'Rathaus (verlegt)' },
      },
    );

    await page.getByRole('button', { name: 'Treffen löschen …', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Treffen löschen?' });
    await dialog
      .getByRole('button', { name: `Treffen „${meeting.title}“ löschen`, exact: true })
      .click();
    await dialog.getByText('Jemand anderes hat diesen Eintrag inzwischen geändert.').waitFor();
    await dialog.getByText('Es wurde nichts gelöscht.', { exact: false }).waitFor();
    expect(await focused(page)).toEqual({ text: 'Neueste Fassung laden', inDialog: true });
    expect(await stillThere('meeting', [meeting.id])).toEqual([meeting.id]);
    await started().screenshot(page, 'edit-delete-conflict');

    await dialog.getByRole('button', { name: 'Neueste Fassung laden', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByText(
        `Neueste Fassung geladen (Version ${String(saved.updateMeeting.version)}). Es wurde nichts gelöscht.`,
      )
      .waitFor();
    expect(await page.getByLabel('Ort', { exact: true }).inputValue()).toBe('Rathaus (verlegt)');
    expect(await focused(page)).toEqual({ text: 'Treffen löschen …', inDialog: false });

    // With the latest version read, the delete goes through.
    await page.keyboard.press('Enter');
    await dialog
      .getByRole('button', { name: `Treffen „${meeting.title}“ löschen`, exact: true })
      .click();
    await page.waitForURL((url) => url.pathname === '/edit');
    await page.getByText(`Das Treffen „${meeting.title}“ wurde gelöscht.`).waitFor();
    expect(await stillThere('meeting', [meeting.id])).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('deletes a service and returns to its institution, which no longer lists it', async () => {
    const institution = await findInstitution('Schuldner- und Insolvenzberatung Bitterfeld');
    const service = institution.services[0];
    if (!service) throw new Error(`${institution.name} offers no service`);
    const { page, problems } = await started().openPage(
      `/edit/service/${encodeURIComponent(service.id)}`,
    );
    await signIn(page);
    await page.getByRole('button', { name: 'Angebot löschen …', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Angebot löschen?' });
    await dialog.getByText(`Die Einrichtung „${institution.name}“ bleibt bestehen.`).waitFor();
    await dialog
      .getByRole('button', { name: `Angebot „${service.name}“ löschen`, exact: true })
      .click();

    await page.waitForURL(
      (url) => url.pathname === `/edit/institution/${encodeURIComponent(institution.id)}`,
    );
    await page.getByText(`Das Angebot „${service.name}“ wurde gelöscht.`).waitFor();
    const listed = page
      .getByRole('region', { name: 'Angebote', exact: true })
      .getByRole('link', { name: service.name, exact: true });
    await page.getByLabel('Träger', { exact: true }).waitFor();
    expect(await listed.count()).toBe(0);
    expect(await stillThere('service', [service.id])).toEqual([]);
    expect(await stillThere('institution', [institution.id])).toEqual([institution.id]);
    expect(problems).toEqual([]);
  });

  it('says a referral path is already gone when someone else deleted it first', async () => {
    const data = await ask<{
      referralPaths: {
        nodes: { id: string; version: number; from: { name: string }; to: { name: string } }[];
      };
    }>('{ referralPaths(first: 1) { nodes { id version from { name } to { name } } } }');
    const path = data.referralPaths.nodes[0];
    if (!path) throw new Error('no referral path in the demo data');
    const name = `${path.from.name} → ${path.to.name}`;
    const { page } = await started().openPage(`/edit/referral-path/${encodeURIComponent(path.id)}`);
    await signIn(page);
    await page.getByRole('button', { name: 'Hilfeweg löschen …', exact: true }).click();
    await ask(
      'mutation ($id: ID!, $version: Int!) { deleteReferralPath(id: $id, version: $version) }',
      { id: path.id, version: path.version },
    );

    const dialog = page.getByRole('alertdialog', { name: 'Hilfeweg löschen?' });
    await dialog.getByRole('button', { name: `Hilfeweg „${name}“ löschen`, exact: true }).click();
    await dialog.getByText('Diesen Eintrag gibt es nicht mehr').waitFor();
    expect(await focused(page)).toEqual({ text: 'Zur Übersicht', inDialog: true });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/edit');
    await page.getByText(`„${name}“ war bereits gelöscht.`).waitFor();
  });

  it('deletes a network, and the editing home no longer lists it', async () => {
    const data = await ask<{ networks: { nodes: { id: string; name: string }[] } }>(
      '{ networks(first: 100) { nodes { id name } } }',
    );
    const network = data.networks.nodes.find((node) => node.name.includes('Frühe Hilfen'));
    if (!network) throw new Error('no Netzwerk Frühe Hilfen in the demo data');
    const { page, problems } = await started().openPage('/edit');
    await signIn(page);
    const networkList = page.getByRole('region', { name: 'Netzwerke', exact: true });
    await networkList.getByRole('link', { name: network.name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Mitglieder' }).waitFor();

    await page.getByRole('button', { name: 'Netzwerk löschen …', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Netzwerk löschen?' });
    await dialog.getByText(/^\d+ Mitgliedschaften?$/).waitFor();
    await dialog
      .getByRole('button', { name: `Netzwerk „${network.name}“ löschen`, exact: true })
      .click();

    await page.waitForURL((url) => url.pathname === '/edit');
    await page.getByText(`Das Netzwerk „${network.name}“ wurde gelöscht.`).waitFor();
    await networkList.getByRole('link').first().waitFor();
    expect(await networkList.getByRole('link', { name: network.name, exact: true }).count()).toBe(
      0,
    );
    expect(await stillThere('network', [network.id])).toEqual([]);
    expect(problems).toEqual([]);
  });
});
