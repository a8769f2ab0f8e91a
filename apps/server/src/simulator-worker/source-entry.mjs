// The simulator worker when the server runs from its TypeScript source (tests, `pnpm dev`,
// benches): tsx's loader in this thread, then the worker itself. The bundled server starts
// dist/simulator-worker.js instead and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import('./simulator-worker.ts');
