import { describe, expect, it } from 'vitest';
import { logIn, useBrowserPlatform } from '../support/browser.js';
import { seriousViolations } from '../support/axe.js';

// The functional administrator (functioneel beheerder) lands on "Mislukte e-mails", sees a mail
// the sender gave up on (kind, colleague, attempts, the error in words: no case) and puts it back
// in the send queue. On a phone the table becomes cards, without sideways scrolling.

const ADMIN = 'beheer.gemeente@demo.mda.test';
const RECIPIENT = 'casusregisseur.veiligthuis@demo.mda.test';

describe('failed e-mails', () => {
  const journey = useBrowserPlatform();

  it('the administrator sees a given-up mail without its case and sends it again', async () => {
    const [row] = await journey.sql<{ id: string; name: string }>(
      `insert into notification_outbox (id, created_at, updated_at, notification_id, recipient_id, channel, kind, case_id, subject, body,
                                        attempts, last_attempt_at, last_error, delivery, failed_at)
       select gen_random_uuid(), now() - interval '40 minutes', now(), null, u.id, 'EMAIL', 'ESCALATION_RAISED', null,
              'MDA++ MDA-2026-000001: opschaling', 'x', 6, now() - interval '5 minutes', 'EENVELOPE 550', 'IMMEDIATE', now() - interval '5 minutes'
         from app_user u where u.email = ?
       returning id, (select display_name from app_user where email = ?) as name`,
      [RECIPIENT, RECIPIENT],
    );
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(60_000); // as the other journeys on a loaded 2-core CI machine
    await logIn(page, journey.platform.baseUrl, ADMIN);
    await page.waitForURL(`${journey.platform.baseUrl}/beheer/e-mail`);
    const mail = page.locator(`[data-testid="failed-mail-row"][data-id="${row!.id}"]`);
    await mail.waitFor();
    const text = (await mail.textContent()) ?? '';
    expect(text).toContain('Opschaling: besluit gevraagd');
    expect(text).toContain(row!.name);
    expect(text).toContain('mailserver weigerde het adres (EENVELOPE 550)');
    // The subject of the stored mail names a case reference: the screen never shows it.
    expect(await page.locator('main').textContent()).not.toContain('MDA-2026-000001');
    expect(await seriousViolations(page)).toEqual([]);

    // A phone: the table is cards, the page does not scroll sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1366, height: 900 });

    await mail.getByRole('button', { name: `Opnieuw versturen aan ${row!.name}` }).click();
    await page.getByTestId('failed-mails-ok').getByText('De e-mail staat weer in de verzendrij').waitFor();
    await mail.waitFor({ state: 'detached' });
    const [stored] = await journey.sql<{ failed_at: Date | null; attempts: number }>(
      'select failed_at, attempts from notification_outbox where id = ?',
      [row!.id],
    );
    expect(stored).toEqual({ failed_at: null, attempts: 0 });
    await context.close();
  });
});
