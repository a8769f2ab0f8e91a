import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { RequestHandler } from 'express';

const gzipAsync = promisify(gzip);
const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
};

/**
 * Serves the console's hashed assets gzip-compressed (Monaco alone is 3.6 MB raw, 0.9 MB
 * gzip). Each file is compressed once, on first request, and kept in memory: the assets
 * are immutable, so the cache key is the path plus the file's modification time.
 */
export function compressedAssets(distDir: string): RequestHandler {
  const assetsDir = path.join(distDir, 'assets');
  const cache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();
  return async (req, res, next) => {
    const type = COMPRESSIBLE[path.extname(req.path)];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/') || !type)
      return next();
    if (!/\bgzip\b/.test(req.get('accept-encoding') ?? '')) return next();
    const file = path.join(assetsDir, path.normalize(req.path.slice('/assets/'.length)));
    if (!file.startsWith(assetsDir + path.sep)) return next();
    try {
      const { mtimeMs } = await stat(file);
      let entry = cache.get(file);
      if (!entry || entry.mtimeMs !== mtimeMs) {
        entry = { mtimeMs, body: readFile(file).then((raw) => gzipAsync(raw, { level: 9 })) };
        cache.set(file, entry);
      }
      const body = await entry.body;
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      cache.delete(file);
      next(); // missing file: let the static handler answer
    }
  };
}
