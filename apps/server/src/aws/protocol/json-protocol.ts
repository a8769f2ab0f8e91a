// The AWS JSON 1.1 protocol (Organizations, CloudTrail): `X-Amz-Target: <prefix>.<Operation>`,
// a JSON body in and out, timestamps as epoch seconds, errors as `{"__type", "message"}`. Input
// is read by the operation's shape (types checked, timestamps parsed) and validated by the same
// constraints as the Query protocol's.
import { AwsError } from './aws-error.js';
import { validateInput, type QueryStructure, type QueryValue } from './query-input.js';
import { shapeOf, type MemberRef, type ServiceModel } from './service-model.js';

export const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

function serialization(message: string): AwsError {
  return new AwsError('SerializationException', message, 400);
}

function readValue(
  model: ServiceModel,
  ref: MemberRef,
  value: unknown,
  path: string,
): QueryValue | undefined {
  if (value === null || value === undefined) return undefined;
  const shape = shapeOf(model, ref.shape);
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) throw serialization(`${path} must be an object`);
      return readStructure(model, ref.shape, value as Record<string, unknown>, path);
    }
    case 'list': {
      if (!Array.isArray(value)) throw serialization(`${path} must be a list`);
      if (value.length > 1000) throw serialization(`${path} has more than 1000 members`);
      return value.map((v, i) => readValue(model, shape.member!, v, `${path}[${i}]`) ?? '');
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) throw serialization(`${path} must be an object`);
      const out: QueryStructure = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (k === '__proto__') continue;
        const read = readValue(model, shape.value!, v, `${path}.${k}`);
        if (read !== undefined) out[k] = read;
      }
      return out;
    }
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw serialization(`${path} must be a whole number`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw serialization(`${path} must be true or false`);
      return value;
    case 'timestamp': {
      const date =
        typeof value === 'number'
          ? new Date(value * 1000)
          : typeof value === 'string'
            ? new Date(value)
            : undefined;
      if (!date || Number.isNaN(date.getTime()))
        throw serialization(`${path} must be a timestamp (epoch seconds)`);
      return date;
    }
    default:
      if (typeof value !== 'string') throw serialization(`${path} must be a string`);
      return value;
  }
}

function readStructure(
  model: ServiceModel,
  shapeName: string,
  value: Record<string, unknown>,
  path: string,
): QueryStructure {
  const out: QueryStructure = {};
  for (const [name, ref] of Object.entries(shapeOf(model, shapeName).members ?? {})) {
    if (!Object.hasOwn(value, name)) continue;
    const read = readValue(model, ref, value[name], path ? `${path}.${name}` : name);
    if (read !== undefined) out[name] = read;
  }
  return out;
}

export function readJsonInput(
  model: ServiceModel,
  inputShape: string | undefined,
  body: Buffer,
): QueryStructure {
  if (!inputShape) return {};
  let parsed: unknown = {};
  const text = body.toString('utf8').trim();
  if (text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw serialization('the request body is not valid JSON');
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw serialization('the request body must be a JSON object');
  }
  const input = readStructure(model, inputShape, parsed as Record<string, unknown>, '');
  validateInput(model, inputShape, input);
  return input;
}

function outputValue(model: ServiceModel, ref: MemberRef, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const shape = shapeOf(model, ref.shape);
  if (shape.type === 'timestamp') {
    const date = value instanceof Date ? value : new Date(String(value));
    return date.getTime() / 1000;
  }
  if (shape.type === 'list') return (value as unknown[]).map((v) => outputValue(model, shape.member!, v));
  if (shape.type === 'map') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        outputValue(model, shape.value!, v),
      ]),
    );
  }
  if (shape.type === 'structure') return outputStructure(model, ref.shape, value as Record<string, unknown>);
  if (shape.type === 'blob' && value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

function outputStructure(model: ServiceModel, shapeName: string, value: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [name, ref] of Object.entries(shapeOf(model, shapeName).members ?? {})) {
    const v = outputValue(model, ref, value[name]);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** The operation's output as AWS's JSON: the output shape's members only, timestamps in epoch seconds. */
export function jsonResponseBody(
  model: ServiceModel,
  operation: string,
  result: Record<string, unknown> | undefined,
): string {
  const op = model.operations[operation]!;
  return JSON.stringify(op.output ? outputStructure(model, op.output, result ?? {}) : {});
}

/** AWS JSON 1.1's error body. */
export function jsonErrorBody(code: string, message: string): string {
  return JSON.stringify({ __type: code, message });
}
