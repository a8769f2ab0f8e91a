import express, { type RequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Request bodies are JSON only. Insisting on `Content-Type: application/json` also keeps
 * HTML forms (which cannot send it) from reaching the API across sites.
 */
export function requireJsonBody(): RequestHandler {
  return (req, _res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (!SAFE_METHODS.has(req.method) && hasBody && !req.is('application/json')) {
      throw new AppError(
        'UnsupportedMediaType',
        'send the request body as JSON with `Content-Type: application/json`',
      );
    }
    next();
  };
}

export function parseJsonBody(): RequestHandler {
  return express.json({ limit: '1mb', type: 'application/json', strict: true });
}
