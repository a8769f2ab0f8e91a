// The AWS service catalog for the console, one small chunk at a time. Any signed-in principal
// may read it (it is public AWS documentation; no IAM action guards it). URLs that carry the
// catalog's content hash are immutable; the unhashed ones, including the index that tells the
// console the current hash, are cached briefly.
import type { Request, Response, Router } from 'express';
import { AppError } from '../../errors/app-error.js';
import { param, serviceContext } from '../handler.js';
import { catalogDir } from './catalog-dir.js';
import { CatalogFiles, type CatalogFile } from './catalog-files.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'private, max-age=300';

function send(req: Request, res: Response, file: CatalogFile, cacheControl: string): void {
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', `"${file.sha256}"`);
  res.setHeader('Vary', 'Accept-Encoding');
  res.type('application/json');
  if (req.headers['if-none-match'] === `"${file.sha256}"`) {
    res.status(304).end();
    return;
  }
  if (req.acceptsEncodings('gzip') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(file.gzipped);
  } else {
    res.end(file.raw);
  }
}

type Pick = (files: CatalogFiles, req: Request) => Promise<CatalogFile>;

function chunkRoute(files: CatalogFiles, pick: Pick, hashed: boolean) {
  return async (req: Request, res: Response) => {
    serviceContext(req, res); // signed in, whoever it is
    if (hashed && param(req, 'hash') !== (await files.hash())) {
      throw new AppError('NoSuchEntity', 'this catalog version is no longer served: reload the index');
    }
    send(req, res, await pick(files, req), hashed ? IMMUTABLE : SHORT);
  };
}

const servicePrefix = (req: Request) => param(req, 'prefix').replace(/\.json$/, '');

export function mountCatalogRoutes(router: Router, files = new CatalogFiles(catalogDir())): void {
  router.get(
    '/catalog/index.json',
    chunkRoute(files, (f) => f.entryIndex(), false),
  );
  const index: Pick = (f) => f.file('index.json');
  const globals: Pick = (f) => f.file('global-condition-keys.json');
  const service: Pick = (f, req) => f.service(servicePrefix(req));
  router.get('/catalog/global-condition-keys.json', chunkRoute(files, globals, false));
  router.get('/catalog/services/:prefix', chunkRoute(files, service, false));
  router.get('/catalog/:hash/index.json', chunkRoute(files, index, true));
  router.get('/catalog/:hash/global-condition-keys.json', chunkRoute(files, globals, true));
  router.get('/catalog/:hash/services/:prefix', chunkRoute(files, service, true));
}
