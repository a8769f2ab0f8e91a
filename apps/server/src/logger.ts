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

interface Seen {
  /** When the key was last written to the log. */
  at: number;
  /** Occurrences since then that were not. */
  suppressed: number;
}

/**
 * The same error a thousand times a second (every request while the database is away) is one
 * log line per interval, with how many were left out, not a thousand stack traces.
 */
export class LogThrottle {
  private readonly seen = new Map<string, Seen>();

  constructor(
    private readonly intervalMs = 10_000,
    private readonly maxKeys = 200,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Calls `write` with the number of occurrences left out since the last write, when `key`
   * was not written in the last interval; otherwise only counts this one.
   */
  log(key: string, write: (suppressed: number) => void): void {
    const now = this.now();
    const seen = this.seen.get(key);
    if (seen && now - seen.at < this.intervalMs) {
      seen.suppressed++;
      return;
    }
    if (!seen && this.seen.size >= this.maxKeys) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    this.seen.delete(key);
    this.seen.set(key, { at: now, suppressed: 0 });
    write(seen?.suppressed ?? 0);
  }
}
