import { describe, expect, it } from 'vitest';
import { logIn, useBrowserPlatform } from '../support/browser.js';

// A case director bundles one kind of notification into the daily digest on "Meldingen", by the
// label of its choice; urgent kinds are shown as always at once, with nothing to switch.

const DIRECTOR = 'casusregisseur.wijkteam.zuid@demo.mda.test';

describe('e-mail preferences', () => {
  const journey = useBrowserPlatform();

  it('sets "Acties uit het MDO" to the daily digest, says so, and keeps it after a reload', async () => {
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(60_000); // as the other journeys on a loaded 2-core CI machine
    await logIn(page, journey.platform.baseUrl, DIRECTOR);
    await page.goto(`${journey.platform.baseUrl}/meldingen`);
    const form = page.getByRole('group', { name: 'E-mail per soort melding' });
    await form.waitFor();
    // Urgent kinds have no control: they cannot be switched off.
    expect(await form.getByLabel('Crisismelding').count()).toBe(0);
    expect(await form.getByTestId('notification-preference-urgent').count()).toBe(5);

    await form.getByLabel('Acties uit het MDO').selectOption('DIGEST');
    await page.getByTestId('notification-preferences-status').getByText('Opgeslagen: Acties uit het MDO.').waitFor();
    const [stored] = await journey.sql<{ delivery: string }>(
      `select p.delivery from notification_preference p join app_user u on u.id = p.user_id where u.email = ? and p.kind = 'MDO_ACTIONS'`,
      [DIRECTOR],
    );
    expect(stored?.delivery).toBe('DIGEST');

    await page.reload();
    await page.getByRole('group', { name: 'E-mail per soort melding' }).waitFor();
    expect(await page.getByLabel('Acties uit het MDO').inputValue()).toBe('DIGEST');
    await context.close();
  });
});
