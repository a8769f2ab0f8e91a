#!/usr/bin/env node
// Writes apps/server/src/aws/model/<service>.json: the wire facts of an AWS API (operation
// names, input/output shapes, constraints, error codes and HTTP statuses) taken from
// botocore's service models (Apache-2.0), without their documentation text. The door parses,
// validates and formats by these facts, so names and shapes are AWS's by construction.
// Re-run after an upgrade of the installed botocore (nothing is fetched):
//   node apps/server/scripts/extract-aws-models.mjs iam sts
//   npx prettier --write apps/server/src/aws/model/*.json
// The services named (all four when none are) are read from BOTOCORE_DATA, else from the data
// of the botocore that `python3` imports (the aws CLI v1's), else from Debian's awscli (v2).
// README.md beside the models says which botocore each one came from.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

function botocoreData() {
  if (process.env.BOTOCORE_DATA) return process.env.BOTOCORE_DATA;
  try {
    const dir = execFileSync(
      'python3',
      ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__), botocore.__version__)'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    )
      .trim()
      .split(' ');
    if (existsSync(path.join(dir[0], 'data'))) {
      console.log(`botocore ${dir[1]}`);
      return path.join(dir[0], 'data');
    }
  } catch {
    // no python3 botocore: Debian's awscli below
  }
  return '/usr/lib/python3/dist-packages/awscli/botocore/data';
}

const DATA = botocoreData();
const OUT =
  process.env.MODEL_OUT ??
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'aws', 'model');
const ALL = ['iam', 'sts', 'organizations', 'cloudtrail'];
const SERVICES = process.argv.length > 2 ? process.argv.slice(2) : ALL;
for (const s of SERVICES) if (!ALL.includes(s)) throw new Error(`unknown service ${s} (one of ${ALL})`);

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
  // Newer botocore releases ship their models gzipped (service-2.json.gz).
  const file = path.join(DATA, service, version, 'service-2.json');
  const model = JSON.parse(
    existsSync(file) ? readFileSync(file, 'utf8') : gunzipSync(readFileSync(`${file}.gz`)).toString('utf8'),
  );
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
