// The policy editor's Visual tab as a person uses it: statement cards with a service list,
// actions grouped by access level, the resource builder's ARN forms and condition rows.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ConditionEntry {
  key: string;
  operator: string;
  value: string;
}

export class VisualEditorDriver {
  constructor(private readonly page: Page) {}

  /** Opens the Visual tab (its code loads lazily the first time). */
  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Visual', exact: true }).click();
    await expect(this.page.getByText('Loading visual editor')).toHaveCount(0, { timeout: 60_000 });
  }

  /** Back to the JSON tab; resolves once Monaco shows the text again. */
  async showJson(): Promise<void> {
    await this.page.getByRole('tab', { name: 'JSON', exact: true }).click();
    await expect(this.page.getByRole('textbox', { name: 'Policy document', exact: true })).toBeVisible({
      timeout: 60_000,
    });
  }

  /** The n-th statement card (1-based). */
  statement(n: number): Locator {
    return this.page.getByRole('region', { name: `Statement ${n}`, exact: true });
  }

  /** Picks a service from the searchable list by its catalog name and prefix. */
  async chooseService(card: Locator, name: string, prefix: string): Promise<void> {
    await card.getByRole('button', { name: /^Service\b/ }).click();
    await this.page.getByLabel('Find a service').fill(prefix);
    // An option reads "<name> <prefix> <n> actions".
    const option = new RegExp(`^${escape(name)} ${escape(prefix)} \\d+ actions$`);
    await this.page.getByRole('option', { name: option }).click();
    await expect(card.getByRole('button', { name: /^Service\b/ })).toContainText(name);
  }

  /** The access level's group of checkboxes, opened. */
  async openAccessLevel(card: Locator, level: string): Promise<Locator> {
    const header = card.getByRole('button', { name: new RegExp(`^${level} actions, \\d+ of \\d+ chosen$`) });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'true');
    return card.getByRole('checkbox', { name: `All ${level} actions`, exact: true });
  }

  /** An action's checkbox; visible once its access level is open. */
  actionCheckbox(card: Locator, action: string): Locator {
    return card.getByRole('checkbox', { name: action, exact: true });
  }

  async checkAction(card: Locator, level: string, action: string): Promise<void> {
    await this.openAccessLevel(card, level);
    await this.actionCheckbox(card, action).check();
  }

  /**
   * Fills a resource type's ARN form and adds the ARN: each field by its label, `null` for "Any".
   */
  async addArn(card: Locator, type: string, fields: Record<string, string | null>): Promise<void> {
    const form = card.getByRole('group', { name: `Resource type ${type}`, exact: true });
    const header = form.getByRole('button', { name: new RegExp(`^${type} ARN`) });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    for (const [label, value] of Object.entries(fields)) {
      if (value === null) await form.getByRole('checkbox', { name: `Any ${label}`, exact: true }).check();
      else await form.getByRole('textbox', { name: label, exact: true }).fill(value);
    }
    await form.getByRole('button', { name: 'Add ARN', exact: true }).click();
  }

  /** Adds a condition row: the key (typed, then chosen from the list), the operator and a value. */
  async addCondition(card: Locator, entry: ConditionEntry): Promise<void> {
    const rows = card.getByRole('group', { name: /^Condition \d+$/ });
    const n = (await rows.count()) + 1;
    await card.getByRole('button', { name: 'Add condition', exact: true }).click();
    const row = card.getByRole('group', { name: `Condition ${n}`, exact: true });
    const key = row.getByRole('combobox', { name: 'Condition key' });
    await key.fill(entry.key);
    await this.page
      .getByRole('option', { name: new RegExp(`^${escape(entry.key)}\\b`) })
      .first()
      .click();
    await row.getByRole('button', { name: /^Operator\b/ }).click();
    await this.page.getByRole('option', { name: entry.operator, exact: true }).click();
    await row.getByRole('textbox', { name: 'Value', exact: true }).fill(entry.value);
    await expect(row.getByRole('button', { name: /^Operator\b/ })).toContainText(entry.operator);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
