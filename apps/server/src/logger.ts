import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout. Secrets never reach it: we log ids, paths and codes only. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      // Credential fields by name, wherever an object carrying them might be logged.
      paths: [
        'err.config',
        ...[
          'password',
          'oldPassword',
          'newPassword',
          'token',
          'mfaToken',
          'secretAccessKey',
          'base32StringSeed',
          'otpauthUri',
        ].flatMap((field) => [field, `*.${field}`]),
      ],
      remove: true,
    },
  });
}
