// `Resource` / `NotResource` entries: `*`, or an ARN whose fields are well formed. Wildcards
// may appear in any field but the service ("You can't use a wildcard in the service segment
// that identifies the AWS product", IAM JSON policy elements: Resource). Policy variables are
// left to check-variables.ts.
import type { Statement } from '../types.js';
import { quote } from '../diagnostics.js';
import type { Arn } from '../arn.js';
import { parseArn } from '../arn.js';
import type { Reporter } from './reporter.js';

const ARN_FORM =
  'an ARN has the form `arn:partition:service:region:account:resource`, e.g. `arn:aws:s3:::bucket/*`';
const SERVICE_HELP =
  'name the service, as in `arn:aws:s3:::data/*`; to cover every service use `*` for the whole resource';
const VARIABLE = /\$\{[^}]*\}/g;

/** What is wrong with the fields of an ARN, or undefined. */
function fieldProblem(arn: Arn): string | undefined {
  // Variables are filled in at request time, so only the text around them is checked.
  const plain = (field: string) => field.replace(VARIABLE, 'x');
  if (!/^[a-z0-9*?-]+$/.test(plain(arn.partition)))
    return `invalid partition ${quote(arn.partition)} in the ARN`;
  if (/[*?]/.test(plain(arn.service)))
    return `wildcard in the service ${quote(arn.service)} of the ARN: AWS allows none there`;
  if (!/^[A-Za-z0-9-]+$/.test(plain(arn.service))) return `invalid service ${quote(arn.service)} in the ARN`;
  if (!/^[a-z0-9*?-]*$/.test(plain(arn.region))) return `invalid region ${quote(arn.region)} in the ARN`;
  const account = arn.account;
  const accountOk =
    account === 'aws' || /^(?:\d{12}|[\d*?]*[*?][\d*?]*|)$/.test(account) || account.includes('${');
  if (!accountOk) return `invalid account ${quote(account)} in the ARN: expected 12 digits`;
  return undefined;
}

function resourceProblem(resource: string): string | undefined {
  if (resource === '*') return undefined;
  if (!resource.startsWith('arn:')) return `${quote(resource)} is not \`*\` or an ARN`;
  const arn = parseArn(resource);
  if (arn) return fieldProblem(arn);
  // "arn:aws:waf:*": a trailing `*` in a shortened ARN runs over the missing fields.
  const shortened = resource.endsWith('*') ? parseArn(`${resource}:::::`) : undefined;
  const shortenedProblem = shortened && fieldProblem(shortened);
  if (shortened && !shortenedProblem) return undefined;
  if (shortenedProblem?.startsWith('wildcard in the service')) return shortenedProblem;
  return `${quote(resource)} does not have all six ARN fields`;
}

export function checkResources(reporter: Reporter, statement: Statement): void {
  for (const [element, list] of [
    ['Resource', statement.resource],
    ['NotResource', statement.notResource],
  ] as const) {
    list?.forEach((resource, j) => {
      const problem = resourceProblem(resource);
      if (problem) {
        reporter.report('invalid-arn', problem, ['Statement', statement.index, element, j], {
          help: problem.startsWith('wildcard in the service') ? SERVICE_HELP : ARN_FORM,
        });
      }
    });
  }
}
