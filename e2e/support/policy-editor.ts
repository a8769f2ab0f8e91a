// The console's policy editor (Monaco) as a person uses it: click into it, replace the text,
// read the evaluator's findings. Text goes in as one typed input: Monaco's editing surface (the
// browser's EditContext) drops keys when Playwright types them one by one at machine speed.
import { expect, type Locator, type Page } from '@playwright/test';

export class PolicyEditorDriver {
  constructor(
    private readonly page: Page,
    private readonly label = 'Policy document',
  ) {}

  /** Monaco's editing surface: a textbox named by the editor's aria label. */
  get textbox(): Locator {
    return this.page.getByRole('textbox', { name: this.label, exact: true });
  }

  /** Replaces the whole document. `text` should be single-line, or Monaco re-indents it. */
  async replaceText(text: string): Promise<void> {
    // Monaco is the console's largest chunk (lazily loaded): give it time on a busy machine.
    await expect(this.textbox).toBeVisible({ timeout: 60_000 });
    await this.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Escape'); // close any completion list
  }

  /** Types a policy document (given as an object) compactly, then lets "Format" lay it out. */
  async typeDocument(document: unknown): Promise<void> {
    await this.replaceText(JSON.stringify(document));
    const format = this.page.getByRole('button', { name: 'Format', exact: true });
    await format.click();
    // Format is offered only while the text is valid JSON laid out differently: once it is
    // disabled, the editor holds exactly the formatted document.
    await expect(format).toBeDisabled();
    await expect(this.page.getByText(/^\d+ errors?$/)).toHaveCount(0);
  }

  /**
   * The whole text in the editor, as a person gets it: select all, copy, read the clipboard. Monaco
   * draws only the lines in view, so the page's text is not the document. Needs the context's
   * `clipboard-read` and `clipboard-write` permissions.
   */
  async readText(): Promise<string> {
    await expect(this.textbox).toBeVisible({ timeout: 60_000 });
    await this.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+C');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The editor's text parsed as JSON (fails the test if it is not JSON). */
  async readDocument(): Promise<unknown> {
    const text = await this.readText();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new Error(`the policy editor does not hold JSON: ${text}`);
    }
  }

  /** The findings listed under the editor (screen-reader text of the markers). */
  get findings(): Locator {
    return this.page.getByRole('list', { name: 'Policy validation findings' });
  }

  /** Monaco's red squiggles: one per error marker in view. */
  get errorSquiggles(): Locator {
    return this.page.locator('.monaco-editor .squiggly-error');
  }
}

export function policyDocument(statement: Record<string, unknown> | Record<string, unknown>[]) {
  return { Version: '2012-10-17', Statement: Array.isArray(statement) ? statement : [statement] };
}
