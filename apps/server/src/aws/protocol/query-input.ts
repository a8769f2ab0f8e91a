// The AWS Query protocol's input: flat `Name=value` parameters (form body or query string),
// read into a structure by the operation's input shape, and validated by the shape's
// constraints with AWS's own words ("1 validation error detected: Value null at 'userName'
// failed to satisfy constraint: Member must not be null").
import { AwsError } from './aws-error.js';
import { patternRegExp, shapeOf, type MemberRef, type ServiceModel, type Shape } from './service-model.js';

export type QueryValue = string | number | boolean | Date | QueryValue[] | QueryStructure;
export interface QueryStructure {
  [member: string]: QueryValue | undefined;
}

/** AWS caps a Query request's list members at 1,000 elements; past it a client is attacking. */
const MAX_LIST_ELEMENTS = 1000;

interface Reader {
  model: ServiceModel;
  params: ReadonlyMap<string, string>;
  /** Every parameter name under each prefix, so lists find their indexes without a scan per list. */
  errors: string[];
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

const REDACTED = '*** Sensitive Data Redacted ***';

/**
 * A value as a validation message quotes it: a list `[a, b]`, a structure `{Key=team, Value=x}`
 * (the members the caller sent, in the shape's order), sensitive members redacted at any depth.
 */
function shownValue(model: ServiceModel, value: unknown, shape: Shape): string {
  if (shape.sensitive) return REDACTED;
  if (Array.isArray(value)) {
    const member = shape.member ? shapeOf(model, shape.member.shape) : undefined;
    return `[${value.map((v) => (member ? shownValue(model, v, member) : String(v))).join(', ')}]`;
  }
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const record = value as QueryStructure;
    const entries =
      shape.type === 'map'
        ? Object.entries(record).map(([k, v]) => [k, v, shape.value!.shape] as const)
        : Object.entries(shape.members ?? {})
            .filter(([name]) => record[name] !== undefined)
            .map(([name, ref]) => [name, record[name], ref.shape] as const);
    return `{${entries.map(([k, v, s]) => `${k}=${shownValue(model, v, shapeOf(model, s))}`).join(', ')}}`;
  }
  return String(value);
}

function violation(r: Reader, path: string, value: unknown, shape: Shape, constraint: string): void {
  const shown = value === undefined ? 'null' : `'${shownValue(r.model, value, shape)}'`;
  r.errors.push(`Value ${shown} at '${path}' failed to satisfy constraint: ${constraint}`);
}

function hasPrefix(r: Reader, prefix: string): boolean {
  if (r.params.has(prefix)) return true;
  const dotted = `${prefix}.`;
  for (const key of r.params.keys()) if (key.startsWith(dotted)) return true;
  return false;
}

function listIndexes(r: Reader, prefix: string): number[] {
  const dotted = `${prefix}.`;
  const indexes = new Set<number>();
  for (const key of r.params.keys()) {
    if (!key.startsWith(dotted)) continue;
    const m = /^(\d{1,9})(?:\.|$)/.exec(key.slice(dotted.length));
    if (m) indexes.add(Number(m[1]));
  }
  if (indexes.size > MAX_LIST_ELEMENTS) {
    throw new AwsError('ValidationError', `${prefix} has more than ${MAX_LIST_ELEMENTS} members`);
  }
  return [...indexes].filter((i) => i >= 1).sort((a, b) => a - b);
}

function readScalar(r: Reader, shape: Shape, raw: string, path: string): QueryValue | undefined {
  switch (shape.type) {
    case 'integer':
    case 'long': {
      if (!/^-?\d{1,15}$/.test(raw.trim())) {
        violation(r, path, raw, shape, 'Member must be a number');
        return undefined;
      }
      return Number(raw.trim());
    }
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (v !== 'true' && v !== 'false') {
        violation(r, path, raw, shape, 'Member must be a boolean');
        return undefined;
      }
      return v === 'true';
    }
    case 'timestamp': {
      const d = /^\d+(\.\d+)?$/.test(raw) ? new Date(Number(raw) * 1000) : new Date(raw);
      if (Number.isNaN(d.getTime())) {
        violation(r, path, raw, shape, 'Member must be a timestamp');
        return undefined;
      }
      return d;
    }
    default:
      return raw;
  }
}

function readValue(r: Reader, ref: MemberRef, prefix: string, path: string): QueryValue | undefined {
  const shape = shapeOf(r.model, ref.shape);
  if (shape.type === 'structure') {
    return hasPrefix(r, prefix) ? readStructure(r, shape, prefix, path) : undefined;
  }
  if (shape.type === 'list') {
    const member = shape.member!;
    const flattened = shape.flattened || ref.flattened;
    const base = flattened ? prefix : `${prefix}.${member.locationName ?? 'member'}`;
    if (!hasPrefix(r, base)) return r.params.has(prefix) ? [] : undefined;
    const out: QueryValue[] = [];
    for (const i of listIndexes(r, base)) {
      const v = readValue(r, member, `${base}.${i}`, `${path}.${i}.member`);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
  if (shape.type === 'map') {
    const base = shape.flattened ? prefix : `${prefix}.entry`;
    if (!hasPrefix(r, base)) return undefined;
    const out: QueryStructure = {};
    for (const i of listIndexes(r, base)) {
      const k = r.params.get(`${base}.${i}.${shape.key?.locationName ?? 'key'}`);
      const v = readValue(r, shape.value!, `${base}.${i}.${shape.value?.locationName ?? 'value'}`, path);
      if (k !== undefined && v !== undefined) out[k] = v;
    }
    return out;
  }
  const raw = r.params.get(prefix);
  return raw === undefined ? undefined : readScalar(r, shape, raw, path);
}

function readStructure(r: Reader, shape: Shape, prefix: string, path: string): QueryStructure {
  const out: QueryStructure = {};
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    const key = prefix ? `${prefix}.${ref.locationName ?? name}` : (ref.locationName ?? name);
    const memberPath = path ? `${path}.${lowerFirst(name)}` : lowerFirst(name);
    const value = readValue(r, ref, key, memberPath);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function validateValue(r: Reader, ref: MemberRef, value: QueryValue | undefined, path: string): void {
  const shape = shapeOf(r.model, ref.shape);
  if (value === undefined) return;
  if (shape.type === 'structure') return validateStructure(r, shape, value as QueryStructure, path);
  if (shape.type === 'list') {
    const list = value as QueryValue[];
    if (shape.min !== undefined && list.length < shape.min)
      violation(r, path, list, shape, `Member must have length greater than or equal to ${shape.min}`);
    if (shape.max !== undefined && list.length > shape.max)
      violation(r, path, list, shape, `Member must have length less than or equal to ${shape.max}`);
    list.forEach((v, i) => validateValue(r, shape.member!, v, `${path}.${i + 1}.member`));
    return;
  }
  if (shape.type === 'integer' || shape.type === 'long') {
    const n = value as number;
    if (shape.min !== undefined && n < shape.min)
      violation(r, path, n, shape, `Member must have value greater than or equal to ${shape.min}`);
    if (shape.max !== undefined && n > shape.max)
      violation(r, path, n, shape, `Member must have value less than or equal to ${shape.max}`);
    return;
  }
  if (shape.type !== 'string' || typeof value !== 'string') return;
  const length = [...value].length;
  if (shape.enum && !shape.enum.includes(value)) {
    violation(r, path, value, shape, `Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
    return;
  }
  if (shape.min !== undefined && length < shape.min)
    violation(r, path, value, shape, `Member must have length greater than or equal to ${shape.min}`);
  if (shape.max !== undefined && length > shape.max)
    violation(r, path, value, shape, `Member must have length less than or equal to ${shape.max}`);
  if (shape.pattern && length > 0) {
    const re = patternRegExp(shape.pattern);
    if (re && !re.test(value))
      violation(r, path, value, shape, `Member must satisfy regular expression pattern: ${shape.pattern}`);
  }
}

function validateStructure(r: Reader, shape: Shape, value: QueryStructure, path: string): void {
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    const memberPath = path ? `${path}.${lowerFirst(name)}` : lowerFirst(name);
    const v = value[name];
    if (v === undefined && shape.required?.includes(name)) {
      violation(r, memberPath, undefined, shapeOf(r.model, ref.shape), 'Member must not be null');
      continue;
    }
    validateValue(r, ref, v, memberPath);
  }
}

/**
 * Reads and validates an operation's input. Throws ValidationError listing every violation
 * at once, as AWS does.
 */
function throwIfInvalid(r: Reader): void {
  if (r.errors.length > 0) {
    const n = r.errors.length;
    throw new AwsError(
      'ValidationError',
      `${n} validation error${n === 1 ? '' : 's'} detected: ${r.errors.join('; ')}`,
    );
  }
}

/**
 * Validates an input already read into AWS's structure (the JSON protocols' body), by the same
 * constraints and with the same words as the Query protocol's.
 */
export function validateInput(model: ServiceModel, inputShape: string, value: QueryStructure): void {
  const r: Reader = { model, params: new Map(), errors: [] };
  validateStructure(r, shapeOf(model, inputShape), value, '');
  throwIfInvalid(r);
}

export function readQueryInput(
  model: ServiceModel,
  inputShape: string | undefined,
  params: ReadonlyMap<string, string>,
): QueryStructure {
  if (!inputShape) return {};
  const r: Reader = { model, params, errors: [] };
  const shape = shapeOf(model, inputShape);
  const value = readStructure(r, shape, '', '');
  validateStructure(r, shape, value, '');
  throwIfInvalid(r);
  return value;
}
