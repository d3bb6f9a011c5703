import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../support/platform.js';
import { launchChromium, logIn } from '../support/browser.js';

// The MDO in the room (docs/meetings.md): the chair of "MDA++ MDO Rotterdam-Zuid" runs the demo
// meeting; the police, on the team of two of its three cases, follow on their own screen. They
// see that the third item exists and nothing of it, and their screen moves when the chair moves.

const CHAIR = 'procesregisseur.veiligthuis@demo.mda.test';
const POLICE = 'politie@demo.mda.test';
const WAIT = { timeout: 60_000 };

describe('the MDO journey', () => {
  let platform: Platform;
  let browser: Browser;
  const subscribed = (before: number) =>
    expect.poll(() => platform.server.realtime.hub.subscriberCount, WAIT).toBeGreaterThan(before);

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('the chair starts and moves to the next item; the police screen follows live, showing only their items', async () => {
    const [meeting] = await platform.sql<{ id: string }>(
      `select m.id from meeting m join meeting_series s on s.id = m.series_id where s.name = 'MDA++ MDO Rotterdam-Zuid' and m.status = 'PLANNED' order by m.starts_at limit 1`,
    );
    expect(meeting).toBeDefined();
    const items = await platform.sql<{ id: string; position: number }>(
      'select id, position from meeting_item where meeting_id = ? order by position',
      [meeting!.id],
    );
    expect(items).toHaveLength(3);

    // The chair finds the meeting under "Mijn overleggen".
    const chairContext = await browser.newContext();
    const chair = await chairContext.newPage();
    await logIn(chair, platform.baseUrl, CHAIR);
    await chair.getByTestId('nav-meetings').click();
    await chair
      .locator(`[data-testid="meeting-row"][data-meeting-id="${meeting!.id}"]`)
      .getByTestId('meeting-link')
      .click();
    await chair.getByTestId('chair-controls').waitFor();
    expect(await chair.locator('[data-testid="agenda-item"][data-visible="true"]').count()).toBe(3);

    // The police open the same meeting in their own browser.
    const policeContext = await browser.newContext();
    const police = await policeContext.newPage();
    await logIn(police, platform.baseUrl, POLICE);
    const before = platform.server.realtime.hub.subscriberCount;
    await police.goto(`${platform.baseUrl}/overleggen/${meeting!.id}`);
    await police.getByTestId('meeting-live').waitFor(WAIT);
    await subscribed(before);
    await police.evaluate(() => document.body.setAttribute('data-loaded-once', 'yes'));
    expect(await police.locator('[data-testid="agenda-item"][data-visible="true"]').count()).toBe(2);
    const hidden = police.locator('[data-testid="agenda-item"][data-visible="false"]');
    expect(await hidden.count()).toBe(1);
    expect(await hidden.textContent()).toContain('Casus 3 - niet voor uw organisatie');
    expect(await police.getByTestId('chair-controls').count()).toBe(0);

    await chair.getByTestId('chair-start').click();
    await chair.getByTestId('chair-ok').waitFor();
    await expect
      .poll(() => police.getByTestId('meeting-page').getAttribute('data-current-item'), WAIT)
      .toBe(items[0]!.id);
    await chair.getByTestId('chair-next').click();
    await expect
      .poll(() => police.getByTestId('meeting-page').getAttribute('data-current-item'), WAIT)
      .toBe(items[1]!.id);
    expect(
      await police.locator(`[data-testid="agenda-item"][data-item-id="${items[1]!.id}"]`).getAttribute('data-current'),
    ).toBe('true');
    // Followed without a reload.
    expect(await police.evaluate(() => document.body.getAttribute('data-loaded-once'))).toBe('yes');

    // With a declared purpose the police write their question as criminal data (the category is
    // stored with it), and their picture of the household; the chair's page shows the picture live.
    await chair.evaluate(() => document.body.setAttribute('data-loaded-once', 'yes'));
    await police.getByTestId('purpose-select').selectOption('SAFETY_ASSESSMENT');
    const ours = items[1]!.id;
    const policeItem = police.locator(`[data-testid="agenda-item"][data-item-id="${ours}"]`);
    const category = policeItem.locator(`#item-${ours}-questionCategory`);
    await expect
      .poll(() => category.locator('option').evaluateAll((els) => els.map((el) => el.getAttribute('value'))), WAIT)
      .toContain('CRIMINAL');
    const question = 'Is het contactverbod overtreden sinds de aanhouding?';
    await policeItem.locator(`#item-${ours}-question`).fill(question);
    await category.selectOption('CRIMINAL');
    await policeItem.getByTestId('item-form-save').click();
    await policeItem.getByTestId('item-form-ok').waitFor(WAIT);
    expect(
      await platform.sql<{ question: string; question_category: string }>(
        'select question, question_category from meeting_item where id = ?',
        [ours],
      ),
    ).toEqual([{ question, question_category: 'CRIMINAL' }]);
    const picture = 'Beeld van de politie: twee meldingen van burengerucht deze maand.';
    await policeItem.getByTestId('contribution-body').fill(picture);
    await policeItem.getByTestId('contribution-save').click();
    await expect
      .poll(
        () =>
          chair
            .locator(`[data-testid="agenda-item"][data-item-id="${ours}"] [data-testid="agenda-item-contribution"]`)
            .allTextContents(),
        WAIT,
      )
      .toEqual(expect.arrayContaining([expect.stringContaining(picture)]));
    expect(await chair.evaluate(() => document.body.getAttribute('data-loaded-once'))).toBe('yes');

    // Two organisations at one form: the police type their considerations (not saved yet) while the
    // chair saves a safety score. The police's page follows the score live and keeps their draft;
    // their save is refused once as a conflict, with the draft kept, and then stored.
    const draft = 'Afweging politie: het contactverbod lijkt te werken, maar de buren melden nog onrust.';
    await policeItem.getByTestId('item-form-considerations').fill(draft);
    const chairItem = chair.locator(`[data-testid="agenda-item"][data-item-id="${ours}"]`);
    await chairItem.locator(`#item-${ours}-safetyScore`).fill('6');
    await chairItem.getByTestId('item-form-save').click();
    await chairItem.getByTestId('item-form-ok').waitFor(WAIT);
    await expect.poll(() => policeItem.locator(`#item-${ours}-safetyScore`).inputValue(), WAIT).toBe('6');
    expect(await policeItem.getByTestId('item-form-considerations').inputValue()).toBe(draft);
    await policeItem.getByTestId('item-form-save').click();
    await expect
      .poll(() => policeItem.getByTestId('item-form-error').textContent(), WAIT)
      .toContain('Iemand anders heeft dit agendapunt intussen gewijzigd');
    expect(await policeItem.getByTestId('item-form-considerations').inputValue()).toBe(draft);
    await policeItem.getByTestId('item-form-save').click();
    await policeItem.getByTestId('item-form-ok').waitFor(WAIT);
    expect(
      await platform.sql<{ considerations: string; safety_score: number; question_category: string }>(
        'select considerations, safety_score, question_category from meeting_item where id = ?',
        [ours],
      ),
    ).toEqual([{ considerations: draft, safety_score: 6, question_category: 'CRIMINAL' }]);

    // Veilig Thuis (the chair), with a declared purpose, reads the police's criminal question but is
    // offered no wider category for it (only the police, its sole author, may widen it), and is told why.
    await chair.getByTestId('purpose-select').selectOption('MDO_PREPARATION');
    const chairCategory = chairItem.locator(`#item-${ours}-questionCategory`);
    await expect
      .poll(() => chairCategory.locator('option').evaluateAll((els) => els.map((el) => el.getAttribute('value'))), WAIT)
      .toEqual(['CRIMINAL']);
    expect(await chairItem.getByTestId(`item-${ours}-questionCategory-hint`).textContent()).toContain('niet verruimen');
    expect(await chairCategory.getAttribute('aria-describedby')).toBe(`item-${ours}-questionCategory-hint`);
    await policeContext.close();
    await chairContext.close();
  }, 180_000);
});
