// The test-suite file read by `gatehouse-policy test`: named policies (a file or an inline
// document) and cases that combine them with a request and the decision expected.
import type { ContextValue } from '../types.js';
import { UsageError } from './args.js';

export const EXPECTATIONS = ['Allow', 'Deny', 'ExplicitDeny', 'ImplicitDeny'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

export type PolicySource = { file: string } | { document: unknown };

export interface SuiteCase {
  name: string;
  identity: string[];
  resource: string[];
  boundary: string[];
  session: string[];
  /** One list of policy names per organization level. */
  scp: string[][];
  /** Resource control policies: one list of policy names per organization level. */
  rcp: string[][];
  request: {
    principal?: string;
    action: string;
    resource: string;
    resourceAccount?: string;
    context?: Record<string, ContextValue>;
  };
  expect: Expectation;
}

export interface Suite {
  policies: Map<string, PolicySource>;
  cases: SuiteCase[];
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class SuiteReader {
  constructor(private readonly file: string) {}

  fail(where: string, problem: string): never {
    throw new UsageError(`${this.file}: ${where} ${problem}`);
  }

  names(value: Json, where: string, known: Map<string, PolicySource>): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      this.fail(where, 'must be an array of policy names');
    }
    for (const name of value) if (!known.has(name)) this.fail(where, `names unknown policy \`${name}\``);
    return value;
  }

  policies(value: Json): Map<string, PolicySource> {
    if (!isObject(value)) this.fail('`policies`', 'must be an object of named policies');
    const policies = new Map<string, PolicySource>();
    for (const [name, source] of Object.entries(value)) {
      if (isObject(source) && typeof source.file === 'string') policies.set(name, { file: source.file });
      else if (isObject(source) && 'document' in source) policies.set(name, { document: source.document });
      else this.fail(`policies.${name}`, 'must be {"file": "path.json"} or {"document": {...}}');
    }
    return policies;
  }

  request(value: Json, where: string): SuiteCase['request'] {
    if (!isObject(value)) this.fail(where, 'must be an object with `action` and `resource`');
    for (const field of ['action', 'resource'] as const) {
      if (typeof value[field] !== 'string') this.fail(`${where}.${field}`, 'must be a string');
    }
    for (const field of ['principal', 'resourceAccount'] as const) {
      if (value[field] !== undefined && typeof value[field] !== 'string')
        this.fail(`${where}.${field}`, 'must be a string');
    }
    if (value.context !== undefined && !isObject(value.context))
      this.fail(`${where}.context`, 'must be an object');
    return value as SuiteCase['request'];
  }

  testCase(value: Json, i: number, policies: Map<string, PolicySource>): SuiteCase {
    const where = `cases[${i}]`;
    if (!isObject(value)) this.fail(where, 'must be an object');
    if (typeof value.name !== 'string') this.fail(`${where}.name`, 'must be a string');
    if (!EXPECTATIONS.includes(value.expect as Expectation)) {
      this.fail(`${where}.expect`, `must be one of ${EXPECTATIONS.join(', ')}`);
    }
    const levels = (name: 'scp' | 'rcp') => {
      const list = value[name] === undefined ? [] : value[name];
      if (!Array.isArray(list))
        this.fail(`${where}.${name}`, 'must be an array of levels, each an array of policy names');
      return list.map((level, l) => this.names(level, `${where}.${name}[${l}]`, policies));
    };
    return {
      name: value.name,
      identity: this.names(value.identity, `${where}.identity`, policies),
      resource: this.names(value.resource, `${where}.resource`, policies),
      boundary: this.names(value.boundary, `${where}.boundary`, policies),
      session: this.names(value.session, `${where}.session`, policies),
      scp: levels('scp'),
      rcp: levels('rcp'),
      request: this.request(value.request, `${where}.request`),
      expect: value.expect as Expectation,
    };
  }
}

export function readSuite(text: string, file: string): Suite {
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const reader: SuiteReader = new SuiteReader(file);
  if (!isObject(json)) reader.fail('the suite', 'must be an object with `policies` and `cases`');
  const policies = reader.policies(json.policies);
  if (!Array.isArray(json.cases)) reader.fail('`cases`', 'must be an array');
  return { policies, cases: json.cases.map((c, i) => reader.testCase(c, i, policies)) };
}
