// Loads the evaluation corpus (test/corpus/*.json) and turns each case into a policy set and
// a request. Policies are written as JSON documents and go through the real parser, so each
// case exercises parse → compile → evaluate → explain.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '../../src/parse/parse-policy.js';
import type { Decision, EvaluationRequest, PolicyInput, PolicySetInput } from '../../src/types.js';

/** A policy as a case writes it: a document, a list of statements, or `{id, name, document}`. */
type CasePolicy = Record<string, unknown> | unknown[];

export interface CorpusCase {
  name: string;
  /** The AWS documentation page (and rule) the case checks. */
  doc: string;
  policies: {
    identity?: CasePolicy[];
    resource?: CasePolicy[];
    boundary?: CasePolicy[];
    session?: CasePolicy[];
    scp?: CasePolicy[][];
    rcp?: CasePolicy[][];
  };
  request: EvaluationRequest;
  expect: Decision;
  /** A substring the explanation's summary must contain. */
  summary?: string;
  crossAccount?: boolean;
}

export interface CorpusFile {
  topic: string;
  description: string;
  cases: CorpusCase[];
}

const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

export function loadCorpus(): CorpusFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) as CorpusFile);
}

function toInput(policy: CasePolicy, fallbackId: string): PolicyInput {
  let id = fallbackId;
  let name: string | undefined;
  let document: unknown = policy;
  if (Array.isArray(policy)) document = { Version: '2012-10-17', Statement: policy };
  else if ('document' in policy) {
    id = String(policy['id'] ?? fallbackId);
    name = policy['name'] === undefined ? undefined : String(policy['name']);
    document = policy['document'];
  }
  const parsed = parsePolicy(JSON.stringify(document, null, 2));
  if (!parsed.document) {
    throw new Error(`policy ${id} did not parse: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  }
  return name === undefined ? { id, document: parsed.document } : { id, name, document: parsed.document };
}

export function policySetOf(c: CorpusCase): PolicySetInput {
  const p = c.policies;
  const list = (category: string, policies: CasePolicy[] | undefined) =>
    policies?.map((policy, i) => toInput(policy, `${category}-${i + 1}`));
  const set: PolicySetInput = { identity: list('identity', p.identity) ?? [] };
  if (p.resource) set.resource = list('resource', p.resource);
  if (p.boundary) set.boundary = list('boundary', p.boundary);
  if (p.session) set.session = list('session', p.session);
  if (p.scp)
    set.scp = p.scp.map((level, l) => level.map((policy, i) => toInput(policy, `scp-${l}-${i + 1}`)));
  if (p.rcp)
    set.rcp = p.rcp.map((level, l) => level.map((policy, i) => toInput(policy, `rcp-${l}-${i + 1}`)));
  return set;
}
