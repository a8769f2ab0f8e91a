import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout. Secrets never reach it: we log ids, paths and codes only. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'err.config'], remove: true },
  });
}
