import path from 'node:path';
import type { Page } from '@playwright/test';
import { screenshotDir } from './paths.js';

/** Saves a full-page screenshot to test-results/screenshots/<name>.png (kept out of git). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Waits until the page has stopped loading: no requests in flight, no "Loading" indicators. */
export async function waitUntilSettled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .getByText(/^Loading\b/)
    .first()
    .waitFor({ state: 'hidden' });
}
