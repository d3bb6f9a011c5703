import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { persona, startPlatform, type Platform } from './platform.js';

/** Debian's Chromium (browser downloads are impossible here); `CHROMIUM_PATH` overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
}

/** Logs a demo persona in through the login page and waits for the page they land on. */
export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  const who = persona(email);
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(who.email);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  // Each user lands on their first useful page (casework: "Mijn casussen"; a team lead: escalations or the waiting list).
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/');
}

export interface BrowserPlatform {
  /** The running platform (API + web on one origin, demo data seeded); set before the tests run. */
  readonly platform: Platform;
  readonly browser: Browser;
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** A fresh browser context (own cookies, downloads accepted) with a demo persona logged in. */
  pageOf(email: string): Promise<Page>;
}

/** Starts the platform and Chromium before a file's journeys and stops both after them. */
export function useBrowserPlatform(): BrowserPlatform {
  let platform: Platform | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the platform starts in beforeAll');
    return value;
  };
  return {
    get platform() {
      return started(platform);
    },
    get browser() {
      return started(browser);
    },
    sql: <T>(text: string, params: unknown[] = []) => started(platform).sql<T>(text, params),
    async pageOf(email: string) {
      const context = await started(browser).newContext({ acceptDownloads: true });
      // Browser waits of 60 s, as the other journeys: a loaded 2-core CI machine can pass the default 30 s.
      context.setDefaultTimeout(60_000);
      const page = await context.newPage();
      await logIn(page, started(platform).baseUrl, email);
      return page;
    },
  };
}
