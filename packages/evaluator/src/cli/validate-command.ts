// `gatehouse-policy validate <file>... [--kind k] [--size-limit n] [--json]`
import type { Args } from './args.js';
import { onlyOptions, single, UsageError } from './args.js';
import { countBySeverity, printDiagnostics } from './format-diagnostics.js';
import type { Output } from './output.js';
import { EXIT } from './output.js';
import { checkFile, parseKind } from './read-policy.js';

export function validateCommand(args: Args, output: Output): number {
  onlyOptions(args, ['kind', 'size-limit']);
  if (args.positionals.length === 0) throw new UsageError('validate needs at least one policy file');
  const kind = parseKind(single(args, 'kind'), 'identity');
  const limitText = single(args, 'size-limit');
  const sizeLimit = limitText === undefined ? undefined : Number(limitText);
  if (sizeLimit !== undefined && !(Number.isInteger(sizeLimit) && sizeLimit > 0)) {
    throw new UsageError(`--size-limit must be a positive whole number, got \`${limitText}\``);
  }
  const results = args.positionals.map((file) => checkFile(file, kind, sizeLimit));
  if (args.switches.has('json')) {
    const report = results.map(({ file, ok, diagnostics }) => ({ file, kind, ok, diagnostics }));
    output.out(JSON.stringify(report, null, 2));
  } else {
    for (const { file, ok, diagnostics } of results) {
      printDiagnostics(output, file, diagnostics);
      const verdict = ok ? 'valid' : 'invalid';
      output.out(`${ok ? '✓' : '✗'} ${file}: ${verdict} ${kind} policy (${countBySeverity(diagnostics)})`);
    }
  }
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
}
