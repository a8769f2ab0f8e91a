// What a person does in the console, in the console's own words: sign in, open a page, fill a
// labelled field. Specs read as the user's task; these keep the selectors in one place.
import { expect, type Locator, type Page } from '@playwright/test';

export async function fillRootSignIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Root user sign-in' });
  await form.getByLabel('Root user email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

export async function fillIamSignIn(page: Page, userName: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'IAM user sign-in' });
  await form.getByLabel('IAM user name').fill(userName);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens a console page from the side navigation, as a person would. */
export async function openFromNavigation(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** A table row holding a cell (or link) with exactly this text. */
export function rowWith(table: Locator, text: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByText(text, { exact: true }) });
}
