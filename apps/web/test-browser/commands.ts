// Browser commands: run in Node with Playwright's page, called from a test in the browser.
import type { BrowserCommand } from 'vitest/node';
import '@vitest/browser-playwright';
import { gatehouseReady } from './global-setup.js';

/** Resolves once this run's Gatehouse answers /api/health; throws with its log if it did not start. */
const gatehouseReadyCommand: BrowserCommand<[]> = async () => {
  await gatehouseReady();
};

/**
 * Replaces the whole text of the focused editor as a person would (select all, delete, type),
 * the text going in as one input: Monaco's editing surface drops keys typed one by one at
 * machine speed (as e2e/support/policy-editor.ts found). Closes any completion list after.
 */
const replaceFocusedText: BrowserCommand<[text: string]> = async (context, text) => {
  const { keyboard } = context.page;
  await keyboard.press('ControlOrMeta+A');
  await keyboard.press('Delete');
  await keyboard.insertText(text);
  await keyboard.press('Escape');
};

export const browserCommands = { gatehouseReady: gatehouseReadyCommand, replaceFocusedText };
