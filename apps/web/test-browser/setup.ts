// Runs in the browser before each test file: the console's global styles (Cloudscape lays out
// and hides with them, so "visible" means what a user sees), the server up and a root session,
// and an empty page after each test.
import '@cloudscape-design/global-styles/index.css';
import { afterEach, beforeAll } from 'vitest';
import { commands } from 'vitest/browser';
import { gatehouse } from './gatehouse-api.js';
import { cleanupRenderedPages } from './render-page.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Resolves once this run's Gatehouse answers; throws with its log if it did not start. */
    gatehouseReady: () => Promise<void>;
    /** Replaces the whole text of the focused editor, typed as one input (test-browser/commands.ts). */
    replaceFocusedText: (text: string) => Promise<void>;
  }
}

beforeAll(async () => {
  await commands.gatehouseReady();
  await gatehouse.signInRoot();
});

afterEach(() => {
  cleanupRenderedPages();
});
