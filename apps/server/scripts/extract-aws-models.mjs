#!/usr/bin/env node
// Writes apps/server/src/aws/model/<service>.json: the wire facts of an AWS API (operation
// names, input/output shapes, constraints, error codes and HTTP statuses) taken from the
// service model that ships with Debian's awscli (botocore's data, Apache-2.0), without its
// documentation text. The door parses, validates and formats by these facts, so names and
// shapes are AWS's by construction. Re-run after an awscli upgrade:
//   node apps/server/scripts/extract-aws-models.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = process.env.BOTOCORE_DATA ?? '/usr/lib/python3/dist-packages/awscli/botocore/data';
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'aws', 'model');
const SERVICES = ['iam', 'sts', 'organizations', 'cloudtrail'];

const KEEP_SHAPE = [
  'type',
  'required',
  'min',
  'max',
  'pattern',
  'enum',
  'flattened',
  'error',
  'exception',
  'timestampFormat',
  'sensitive',
];
const KEEP_MEMBER = ['shape', 'locationName', 'flattened', 'xmlNamespace', 'timestampFormat'];

function pick(obj, keys) {
  const out = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}

for (const service of SERVICES) {
  const versions = readdirSync(path.join(DATA, service)).sort();
  const version = versions[versions.length - 1];
  const model = JSON.parse(readFileSync(path.join(DATA, service, version, 'service-2.json'), 'utf8'));
  const operations = {};
  for (const [name, op] of Object.entries(model.operations)) {
    operations[name] = {
      ...(op.input ? { input: op.input.shape } : {}),
      ...(op.output ? { output: op.output.shape } : {}),
      ...(op.output?.resultWrapper ? { resultWrapper: op.output.resultWrapper } : {}),
      errors: (op.errors ?? []).map((e) => e.shape),
    };
  }
  const shapes = {};
  for (const [name, shape] of Object.entries(model.shapes)) {
    const s = pick(shape, KEEP_SHAPE);
    if (shape.members) {
      s.members = {};
      for (const [m, ref] of Object.entries(shape.members)) s.members[m] = pick(ref, KEEP_MEMBER);
    }
    if (shape.member) s.member = pick(shape.member, KEEP_MEMBER);
    if (shape.key) s.key = pick(shape.key, KEEP_MEMBER);
    if (shape.value) s.value = pick(shape.value, KEEP_MEMBER);
    shapes[name] = s;
  }
  const metadata = pick(model.metadata, [
    'apiVersion',
    'protocol',
    'xmlNamespace',
    'jsonVersion',
    'targetPrefix',
    'signingName',
    'endpointPrefix',
  ]);
  writeFileSync(path.join(OUT, `${service}.json`), JSON.stringify({ metadata, operations, shapes }) + '\n');
  console.log(
    `${service} ${version}: ${Object.keys(operations).length} operations, ${Object.keys(shapes).length} shapes`,
  );
}
