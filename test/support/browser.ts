import { chromium, type Browser, type Page } from 'playwright-core';
import { persona } from './platform.js';

/** Debian's Chromium (browser downloads are impossible here); `CHROMIUM_PATH` overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
}

/** Logs a demo persona in through the login page and waits for "Mijn casussen". */
export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  const who = persona(email);
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(who.email);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${baseUrl}/cases`);
}
