import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';
import { compressedAssets } from './compressed-assets.js';
import { indexHtml } from './route-preloads.js';

/**
 * Serves the built console: files as they are (hashed assets cached for a year), and
 * index.html for every other GET outside /api so client-side routes survive a reload.
 */
export function staticSpa(distDir: string): RequestHandler {
  const router = Router();
  const index = indexHtml(path.join(distDir, 'index.html'));
  router.use(compressedAssets(distDir));
  router.use(
    express.static(distDir, {
      index: false,
      setHeaders(res, filePath) {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.get(/^(?!\/api(\/|$)).*/, (req, res, next) => {
    index(req.path)
      .then((html) => {
        if (html === undefined) {
          res
            .status(404)
            .type('text/plain')
            .send(
              'The console is not built. Run `npx -y pnpm@10.34.8 --filter @gatehouse/web build`, or use `npm start`.\n',
            );
          return;
        }
        res.setHeader('Cache-Control', 'no-cache');
        res.type('html').send(html);
      })
      .catch(next);
  });
  return router;
}
