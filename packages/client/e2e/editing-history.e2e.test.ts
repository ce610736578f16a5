import type { Page } from 'playwright-core';
import path from 'node:path';
import { COORDINATOR_TOKEN, SCREENSHOT_DIR, appForSuite } from './harness';

const AS_COORDINATOR = { authorization: `Bearer ${COORDINATOR_TOKEN}` };

/** Where the client keeps the tab's access token (auth/token-store.ts). */
const TOKEN_KEY = 'schutznetz.accessToken';

/**
 * Signs the tab in with the coordinator's development token, as the token panel would store it,
 * and reads the page anew; waits until the coordinator's form shows.
 */
async function signIn(page: Page, ready: string): Promise<void> {
  await page.evaluate(
    ([key, token]) => {
      sessionStorage.setItem(key, token);
    },
    [TOKEN_KEY, COORDINATOR_TOKEN] as const,
  );
  await page.reload({ waitUntil: 'networkidle' });
  await page.getByText(ready).first().waitFor();
}

/** Screenshots of a view on a desktop and on a phone; the page ends in the desktop size. */
async function screenshots(
  page: Page,
  shoot: (page: Page, name: string) => Promise<string>,
  name: string,
): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await shoot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

interface Institution {
  id: string;
  name: string;
  version: number;
  phone: string | null;
  services: { id: string }[];
}

describe('history and restoring deleted entries in the editing views (Chromium, real server, demo data)', () => {
  const started = appForSuite();

  /** Runs a GraphQL request as a coordinator and fails the test on any error. */
  async function ask<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const result = await started().api.query<Data>(query, variables, AS_COORDINATOR);
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  /** The demo institutions with services that are not shelters, in a stable order. */
  async function institutions(): Promise<Institution[]> {
    const data = await ask<{ institutions: { nodes: (Institution & { kind: string })[] } }>(
      '{ institutions(first: 200) { nodes { id name kind version phone services { id } } } }',
    );
    return data.institutions.nodes.filter(
      (item) => item.kind !== 'WOMENS_SHELTER' && item.services.length > 0,
    );
  }

  async function institutionAt(index: number): Promise<Institution> {
    const institution = (await institutions())[index];
    if (!institution) throw new Error(`no institution number ${String(index)}`);
    return institution;
  }

  it('shows a coordinator’s phone change in „Verlauf“, in German, with who and when', async () => {
    const institution = await institutionAt(0);
    const { page, problems } = await started().openPage(
      `/edit/institution/${encodeURIComponent(institution.id)}`,
    );
    await signIn(page, 'Änderungen speichern');

    const phone = page.getByLabel('Telefon', { exact: true });
    await phone.fill('+49 3496 55 0101');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText(/Gespeichert \(Version \d+\)/).waitFor();

    // Collapsed at first; opened, it reads the history, the newest change first.
    const history = page.locator('section.entry-history');
    expect(await history.locator('.history-change').count()).toBe(0);
    await history.getByText('Verlauf', { exact: true }).click();
    const newest = history.locator('.history-change').first();
    await newest.waitFor();
    expect(await newest.locator('.history-head').textContent()).toMatch(
      /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr: geändert von E2E Koordination$/,
    );
    expect(await newest.locator('.history-fields li').allTextContents()).toEqual([
      `Telefon: ${institution.phone ?? '—'} → +49 3496 55 0101`,
    ]);
    // No code or English on the way: field names and values are German.
    expect(await history.textContent()).not.toMatch(/UPDATED|phone|null|→[A-Z_]{3,}/);

    // A second save shows up at the top without reopening.
    await phone.fill('+49 3496 55 0102');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByText(/Gespeichert \(Version \d+\)/).waitFor();
    await history.getByText('Telefon: +49 3496 55 0101 → +49 3496 55 0102').waitFor();
    await history.scrollIntoViewIfNeeded();
    await screenshots(page, (p, name) => started().screenshot(p, name), 'edit-history');
    // The section itself on a phone: the page around it is long.
    await page.setViewportSize({ width: 390, height: 844 });
    await history.screenshot({ path: path.join(SCREENSHOT_DIR, 'edit-history-section-390.png') });
    expect(problems).toEqual([]);
  });

  it('reads a network’s history anew when a member is removed, naming who left', async () => {
    const data = await ask<{
      networks: {
        nodes: {
          id: string;
          members: { memberId: string; institution: { name: string } | null }[];
        }[];
      };
    }>('{ networks(first: 20) { nodes { id members { memberId institution { name } } } } }');
    const network = data.networks.nodes.find((item) => item.members.length > 4);
    const member = network?.members.find((item) => item.institution);
    if (!network || !member?.institution) throw new Error('no network with institutions');
    const { page, problems } = await started().openPage(
      `/edit/network/${encodeURIComponent(network.id)}`,
    );
    await signIn(page, 'Mitglied hinzufügen oder Rolle ändern');
    const history = page.locator('section.entry-history');
    await history.getByText('Verlauf', { exact: true }).click();
    await history.getByText('Für diesen Eintrag ist noch keine Änderung aufgezeichnet.').waitFor();

    const name = member.institution.name;
    await page.getByRole('button', { name: `${name} aus dem Netzwerk entfernen` }).click();
    const line = history.locator('.history-fields li').first();
    await line.waitFor();
    // A long member list says who left, by name, not the whole list before and after.
    const text = (await line.textContent()) ?? '';
    expect(text.startsWith(`Mitglieder: entfernt: ${name}`)).toBe(true);
    expect(text).not.toContain('hinzugefügt');
    expect(problems).toEqual([]);
  });

  it('pages through a long history with „Ältere anzeigen“', async () => {
    let institution = await institutionAt(1);
    for (let round = 0; round < 12; round += 1) {
      const saved = await ask<{ updateInstitution: { version: number } }>(
        'mutation ($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { version } }',
        {
          input: {
            id: institution.id,
            version: institution.version,
            operator: `Träger ${String(round)}`,
          },
        },
      );
      institution = { ...institution, version: saved.updateInstitution.version };
    }
    const { page, problems } = await started().openPage(
      `/edit/institution/${encodeURIComponent(institution.id)}`,
    );
    await signIn(page, 'Änderungen speichern');
    const history = page.locator('section.entry-history');
    await history.getByText('Verlauf', { exact: true }).click();
    await history.getByText('Träger: Träger 10 → Träger 11').waitFor();
    expect(await history.locator('.history-change').count()).toBe(10);
    await history.getByRole('button', { name: 'Ältere anzeigen' }).click();
    await history.getByText('Träger: Träger 0 → Träger 1').waitFor();
    expect(await history.locator('.history-change').count()).toBe(12);
    expect(await history.getByRole('button', { name: 'Ältere anzeigen' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('restores a deleted institution with its services from „Gelöschte Einträge“; it is back on its edit page and in the search', async () => {
    const institution = await institutionAt(2);
    expect(institution.services.length).toBeGreaterThan(0);
    const { page, problems } = await started().openPage(
      `/edit/institution/${encodeURIComponent(institution.id)}`,
    );
    await signIn(page, 'Änderungen speichern');

    await page.getByRole('button', { name: 'Einrichtung löschen …', exact: true }).click();
    await page
      .getByRole('button', { name: `Einrichtung „${institution.name}“ löschen`, exact: true })
      .click();
    await page.waitForURL((url) => url.pathname === '/edit');
    await page.getByText(`Die Einrichtung „${institution.name}“ wurde gelöscht.`).waitFor();

    await page
      .getByRole('link', { name: 'Gelöschte Einträge ansehen und wiederherstellen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Gelöschte Einträge' }).waitFor();
    const item = page.getByRole('listitem', { name: institution.name });
    await item.waitFor();
    expect(await item.locator('.badge').textContent()).toBe('Einrichtung');
    expect(await item.locator('.hint').textContent()).toMatch(
      /^gelöscht von E2E Koordination am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr$/,
    );
    await screenshots(page, (p, name) => started().screenshot(p, name), 'edit-deleted');

    await item.getByRole('button', { name: `„${institution.name}“ wiederherstellen` }).click();
    await page.getByText(`„${institution.name}“ wurde wiederhergestellt.`).waitFor();
    const services = institution.services.length;
    await page
      .getByText(
        services === 1
          ? 'Mit zurückgekommen: 1 weiterer Eintrag.'
          : `Mit zurückgekommen: ${String(services)} weitere Einträge.`,
      )
      .waitFor();
    await item.waitFor({ state: 'detached' });
    await screenshots(page, (p, name) => started().screenshot(p, name), 'edit-restored');

    // The server has it again with its services …
    const back = await ask<{ institution: { services: { id: string }[] } | null }>(
      'query ($id: ID!) { institution(id: $id) { services { id } } }',
      { id: institution.id },
    );
    expect(back.institution?.services.map((service) => service.id).sort()).toEqual(
      institution.services.map((service) => service.id).sort(),
    );
    // … its edit page shows it, with the restore at the top of its history …
    await page.getByRole('link', { name: `„${institution.name}“ bearbeiten` }).click();
    await page
      .getByRole('heading', { level: 1, name: `Einrichtung bearbeiten: ${institution.name}` })
      .waitFor();
    const history = page.locator('section.entry-history');
    await history.getByText('Verlauf', { exact: true }).click();
    await history
      .locator('.history-change')
      .first()
      .getByText(/wiederhergestellt von E2E Koordination$/)
      .waitFor();
    // … and the editing search, whose cached answer was forgotten, finds it again.
    await page.getByRole('link', { name: 'Daten pflegen' }).click();
    // Words only: the search treats commas and brackets as syntax.
    const words = institution.name.match(/[\p{L}\p{N}-]{3,}/gu) ?? [];
    await page.getByLabel('Eintrag suchen').fill(words.slice(-2).join(' '));
    await page.getByRole('link', { name: institution.name, exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('says in German when an entry was restored by someone else meanwhile', async () => {
    const data = await ask<{
      meetings: { nodes: { id: string; title: string; version: number }[] };
    }>('{ meetings(first: 1) { nodes { id title version } } }');
    const meeting = data.meetings.nodes[0];
    if (!meeting) throw new Error('no meeting in the demo data');
    await ask('mutation ($id: ID!, $v: Int!) { deleteMeeting(id: $id, version: $v) }', {
      id: meeting.id,
      v: meeting.version,
    });
    const { page, problems } = await started().openPage('/edit/deleted');
    await signIn(page, 'Einträge, die gelöscht und seitdem');
    const item = page.getByRole('listitem', { name: meeting.title });
    await item.waitFor();
    expect(await item.locator('.badge').textContent()).toBe('Treffen');

    await ask('mutation ($id: ID!) { restoreEntry(id: $id) { id } }', { id: meeting.id });
    await item.getByRole('button', { name: `„${meeting.title}“ wiederherstellen` }).click();
    await page
      .getByText(
        `„${meeting.title}“ ist nicht mehr gelöscht: Jemand hat den Eintrag bereits wiederhergestellt. Die Liste wurde neu geladen.`,
      )
      .waitFor();
    await item.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  /** Deletes an institution at its current version. */
  async function deleteInstitution(id: string): Promise<void> {
    const read = await ask<{ institution: { version: number } }>(
      'query ($id: ID!) { institution(id: $id) { version } }',
      { id },
    );
    await ask('mutation ($id: ID!, $v: Int!) { deleteInstitution(id: $id, version: $v) }', {
      id,
      v: read.institution.version,
    });
  }

  it('names the linked entries that no longer exist when a restored person’s workplace is gone', async () => {
    const data = await ask<{
      people: {
        nodes: {
          id: string;
          displayName: string;
          version: number;
          employments: { institution: { id: string; name: string } }[];
        }[];
      };
    }>(
      '{ people(first: 100) { nodes { id displayName version employments { institution { id name } } } } }',
    );
    const person = data.people.nodes.find((item) => item.employments.length === 1);
    const workplace = person?.employments[0]?.institution;
    if (!person || !workplace) throw new Error('no person with one workplace');
    await ask('mutation ($id: ID!, $v: Int!) { deletePerson(id: $id, version: $v) }', {
      id: person.id,
      v: person.version,
    });
    await deleteInstitution(workplace.id);

    const { page, problems } = await started().openPage('/edit/deleted');
    await signIn(page, 'Einträge, die gelöscht und seitdem');
    const item = page.getByRole('listitem', { name: person.displayName });
    await item.getByRole('button', { name: `„${person.displayName}“ wiederherstellen` }).click();
    await page.getByText(`„${person.displayName}“ wurde wiederhergestellt.`).waitFor();
    await page
      .getByText('Diese verknüpften Einträge gibt es nicht mehr, die Verbindungen zu ihnen fehlen:')
      .waitFor();
    // Named as its deletion recorded it, not by its id.
    await page
      .locator('.restore-outcome li')
      .getByText(`${workplace.name} (Einrichtung)`, { exact: true })
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('explains that a referral path cannot come back while an institution at its end is deleted', async () => {
    const data = await ask<{
      referralPaths: {
        nodes: {
          id: string;
          version: number;
          from: { id: string; name: string };
          to: { name: string };
        }[];
      };
    }>('{ referralPaths(first: 50) { nodes { id version from { id name } to { name } } } }');
    const referral = data.referralPaths.nodes.find(
      (item) => item.from.name !== item.to.name && !item.from.name.includes('Frauenhaus'),
    );
    if (!referral) throw new Error('no referral path');
    await ask('mutation ($id: ID!, $v: Int!) { deleteReferralPath(id: $id, version: $v) }', {
      id: referral.id,
      v: referral.version,
    });
    // The institution it starts at is deleted after it.
    await deleteInstitution(referral.from.id);

    const { page, problems } = await started().openPage('/edit/deleted');
    await signIn(page, 'Einträge, die gelöscht und seitdem');
    const name = `${referral.from.name} → ${referral.to.name}`;
    const item = page.getByRole('listitem', { name });
    expect(await item.locator('.badge').textContent()).toBe('Hilfeweg');
    await item.getByRole('button', { name: `„${name}“ wiederherstellen` }).click();
    await page
      .getByText(
        `„${name}“ lässt sich nicht wiederherstellen, weil es diese Einträge nicht mehr gibt (stellen Sie diese zuerst wieder her):`,
      )
      .waitFor();
    await page
      .locator('.restore-outcome li')
      .getByText(`${referral.from.name} (Einrichtung)`, { exact: true })
      .waitFor();
    // Nothing came back: it is still listed.
    await item.waitFor();
    expect(problems).toEqual([]);
  });
});
