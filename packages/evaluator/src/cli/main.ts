// gatehouse-policy: validate, simulate and test IAM policies from the command line.
import { parseArgs, UsageError } from './args.js';
import type { Output } from './output.js';
import { EXIT, processOutput } from './output.js';
import { simulateCommand } from './simulate-command.js';
import { testCommand } from './test-command.js';
import { validateCommand } from './validate-command.js';

export const USAGE = `usage: gatehouse-policy <command> [options]

commands:
  validate <file>... [--kind identity|resource|trust|boundary|scp] [--size-limit n] [--json]
      check policies as AWS would; prints file:line:col severity code message;
      exits 1 when any policy has an error
  simulate --policy <file>... [--resource-policy <file>] [--boundary <file>] [--session <file>]
           [--scp <file>...] --action <service:Action> --resource <arn|*> [--resource-account <id>]
           [--principal <arn>] [--context key=value ...] [--json]
      evaluate one request and explain the decision
  test <suite.json> [--json]
      run a suite of cases; exits 1 when any case does not get its expected decision

a file may be - to read standard input`;

const COMMANDS = { validate: validateCommand, simulate: simulateCommand, test: testCommand } as const;

export function main(argv: readonly string[], output: Output = processOutput): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    output.out(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const run = COMMANDS[command as keyof typeof COMMANDS];
  if (!run) {
    output.err(`gatehouse-policy: unknown command \`${command}\`\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return run(parseArgs(rest, ['json', 'help']), output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`gatehouse-policy ${command}: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}
