// Where the CLI writes. Commands take an Output so they can be driven in-process as well.
import { stderr, stdout } from 'node:process';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: Output = {
  out: (line) => stdout.write(`${line}\n`),
  err: (line) => stderr.write(`${line}\n`),
};

/** Exit codes: 0 success, 1 the policy/test failed, 2 the command could not run as asked. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
