// A small argv reader: positionals, boolean switches, and options that take one or more values
// (`--policy a.json b.json`, `--policy=a.json`, or the option repeated).

export interface Args {
  positionals: string[];
  options: Map<string, string[]>;
  switches: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], switchNames: readonly string[]): Args {
  const args: Args = { positionals: [], options: new Map(), switches: new Set() };
  let current: string | undefined;
  for (const arg of argv) {
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (switchNames.includes(name)) {
        if (eq !== -1) throw new UsageError(`--${name} takes no value`);
        args.switches.add(name);
        current = undefined;
        continue;
      }
      const values = args.options.get(name) ?? [];
      args.options.set(name, values);
      if (eq !== -1) {
        values.push(arg.slice(eq + 1));
        current = undefined;
      } else {
        current = name;
      }
      continue;
    }
    if (current !== undefined) args.options.get(current)?.push(arg);
    else args.positionals.push(arg);
  }
  return args;
}

/** The single value of an option, or undefined; more than one is a usage error. */
export function single(args: Args, name: string): string | undefined {
  const values = args.options.get(name);
  if (values === undefined) return undefined;
  if (values.length > 1) throw new UsageError(`--${name} takes one value, got ${values.length}`);
  return values[0];
}

/** Rejects options the command does not know, and known ones given without a value. */
export function onlyOptions(args: Args, known: readonly string[]): void {
  for (const [name, values] of args.options) {
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    if (values.length === 0) throw new UsageError(`--${name} needs a value`);
  }
}
