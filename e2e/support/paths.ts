import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(e2eDir, '..');
/** The built console; E2E_WEB_DIST points at another build (e.g. `vite build --outDir` of your own). */
export const webDist = process.env.E2E_WEB_DIST ?? path.join(repoRoot, 'apps', 'web', 'dist');
/** Screenshots go under test-results/ (gitignored), not into the repository. */
export const screenshotDir = path.join(e2eDir, 'test-results', 'screenshots');
