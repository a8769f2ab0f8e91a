// The console's list pages use the width of the window as AWS's console does (issue 12): at
// 1280 × 800 with the side navigation open, no list page scrolls sideways and every column of
// the table is on screen, its last column header included (the policies list cut "Edited time"
// off at the right edge). Screenshots at 1280 × 800 and 1920 × 1080 go to
// test-results/screenshots/layout-*.png for a person to look at.
import type { Page } from '@playwright/test';
import { allowPolicy } from '../support/api-client.js';
import { saveScreenshot, waitUntilSettled } from '../support/screenshots.js';
import { test, expect } from '../support/fixtures.js';
import { uniqueName } from '../support/names.js';

const LIST_PAGES = [
  { path: '/users', heading: /^Users/ },
  { path: '/groups', heading: /^User groups/ },
  { path: '/roles', heading: /^Roles/ },
  { path: '/policies', heading: /^Policies/ },
  { path: '/event-history', heading: /^Event history/ },
  { path: '/access-analyzer', heading: /findings/i },
];

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** How far the page and the list's table reach past the right edge, in CSS pixels. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const table = document.querySelector('main table');
    const headers = table ? [...table.querySelectorAll('thead th')] : [];
    const last = headers.at(-1)?.getBoundingClientRect();
    // The table's own scroll container: Cloudscape scrolls a too-wide table inside it.
    let wrapper = table?.parentElement ?? null;
    while (wrapper && getComputedStyle(wrapper).overflowX === 'visible') wrapper = wrapper.parentElement;
    return {
      pageScrollWidth: root.scrollWidth,
      pageClientWidth: root.clientWidth,
      lastHeaderText: headers.at(-1)?.textContent?.trim() ?? '',
      lastHeaderRight: last ? last.right : 0,
      tableScrollWidth: wrapper?.scrollWidth ?? 0,
      tableClientWidth: wrapper?.clientWidth ?? 0,
      viewportWidth: window.innerWidth,
    };
  });
}

for (const viewport of VIEWPORTS) {
  test(`list pages fit a ${viewport.width} × ${viewport.height} window without sideways scrolling`, async ({
    rootPage: page,
    rootApi,
  }) => {
    // Long names, as real accounts have, in every list.
    const long = uniqueName('layout-with-a-rather-long-descriptive-name');
    await rootApi.post('/api/users', { userName: long.slice(0, 64) });
    // An access key ID is one long word in the users list.
    await rootApi.post(`/api/users/${long.slice(0, 64)}/access-keys`, {});
    await rootApi.post('/api/groups', { groupName: long.slice(0, 128) });
    await rootApi.post('/api/policies', {
      policyName: long.slice(0, 128),
      document: allowPolicy('s3:GetObject'),
      description: 'Lets the reporting job read the exported objects of every team bucket',
    });

    await page.setViewportSize(viewport);
    for (const { path, heading } of LIST_PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('main table thead th').last()).toBeVisible();
      await waitUntilSettled(page);
      const name = `layout-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${viewport.width}`;
      await saveScreenshot(page, name);

      const o = await overflow(page);
      expect
        .soft(o.pageScrollWidth, `${path} scrolls sideways at ${viewport.width} px`)
        .toBeLessThanOrEqual(o.pageClientWidth);
      if (viewport.width === 1280) {
        expect
          .soft(
            o.lastHeaderRight,
            `${path}: the last column ("${o.lastHeaderText}") ends past the window's right edge`,
          )
          .toBeLessThanOrEqual(o.viewportWidth);
        expect
          .soft(
            o.tableScrollWidth,
            `${path}: the table is wider than the content area (its last column "${o.lastHeaderText}" is cut off)`,
          )
          .toBeLessThanOrEqual(o.tableClientWidth + 1);
      }
    }
  });
}
