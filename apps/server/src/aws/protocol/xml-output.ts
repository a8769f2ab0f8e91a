// The AWS Query protocol's output: XML in the order and with the element names of the
// operation's output shape. Lists are `<member>` elements (an empty list is `<Users/>`),
// timestamps ISO 8601 in UTC without fractions, and IAM's policy documents URL-encoded.
import { shapeOf, type MemberRef, type ServiceModel } from './service-model.js';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Anything escapeXml changes: most values (names, ids, ARNs, dates) have none of it. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const NEEDS_ESCAPING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"'\r]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  // Characters XML 1.0 cannot carry at all are dropped rather than producing invalid XML.
  return (
    text
      // eslint-disable-next-line no-control-regex -- the control characters are what is removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
      .replace(/\r/g, '&#xD;')
  );
}

export function isoSeconds(date: Date): string {
  // toISOString always ends `.sssZ`.
  const iso = date.toISOString();
  return `${iso.slice(0, -5)}Z`;
}

/** Shapes whose values AWS sends URL-encoded (RFC 3986), as IAM does for policy documents. */
const URL_ENCODED_SHAPES = new Set(['policyDocumentType']);

function scalar(value: unknown, shapeName: string, type: string): string {
  if (value instanceof Date) return isoSeconds(value);
  if (type === 'timestamp' && typeof value === 'string') return isoSeconds(new Date(value));
  if (type === 'blob') {
    // Blobs travel base64-encoded; a string is taken as its UTF-8 bytes.
    const bytes = value instanceof Uint8Array ? Buffer.from(value) : Buffer.from(String(value), 'utf8');
    return bytes.toString('base64');
  }
  const text = String(value);
  return escapeXml(URL_ENCODED_SHAPES.has(shapeName) ? encodeURIComponent(text) : text);
}

/**
 * Writes one value of a shape as the content of its element (what goes between `<Name>` and
 * `</Name>`), or returns undefined for an empty list (written `<Name/>`). Built once per shape:
 * a ListUsers page is a hundred structures of the same shape, and the model lookups, member
 * lists and element names are the same for each.
 */
type ShapeWriter = (value: unknown) => string | undefined;
/** Appends `<Name>…</Name>` for one member (nothing for undefined or null). */
type MemberWriter = (value: unknown) => string;

const writers = new WeakMap<ServiceModel, Map<string, ShapeWriter>>();

function writerOf(model: ServiceModel, ref: MemberRef): ShapeWriter {
  let byShape = writers.get(model);
  if (!byShape) {
    byShape = new Map();
    writers.set(model, byShape);
  }
  // Only the shape decides a value's content; `flattened` on a member ref is handled by the caller.
  let writer = byShape.get(ref.shape);
  if (!writer) {
    // Members look their shapes' writers up on first use, so a recursive shape builds.
    writer = buildWriter(model, ref.shape);
    byShape.set(ref.shape, writer);
  }
  return writer;
}

function memberWriter(model: ServiceModel, name: string, ref: MemberRef): MemberWriter {
  const shape = shapeOf(model, ref.shape);
  const open = `<${name}>`;
  const close = `</${name}>`;
  if (shape.type === 'list' && shape.flattened) {
    const item = memberWriter(model, name, shape.member!);
    return (value) => {
      if (value === undefined || value === null) return '';
      let out = '';
      for (const v of value as unknown[]) out += item(v);
      return out;
    };
  }
  const empty = `<${name}/>`;
  let content: ShapeWriter | undefined;
  return (value) => {
    if (value === undefined || value === null) return '';
    content ??= writerOf(model, ref);
    const text = content(value);
    return text === undefined ? empty : open + text + close;
  };
}

function buildWriter(model: ServiceModel, shapeName: string): ShapeWriter {
  const shape = shapeOf(model, shapeName);
  if (shape.type === 'list') {
    const member = shape.member!;
    const item = memberWriter(model, member.locationName ?? 'member', member);
    return (value) => {
      const items = value as unknown[];
      if (items.length === 0) return undefined;
      let out = '';
      for (const v of items) out += item(v);
      return out;
    };
  }
  if (shape.type === 'map') {
    const key = memberWriter(model, shape.key?.locationName ?? 'key', shape.key!);
    const val = memberWriter(model, shape.value?.locationName ?? 'value', shape.value!);
    return (value) => {
      let out = '';
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        out += `<entry>${key(k)}${val(v)}</entry>`;
      }
      return out;
    };
  }
  if (shape.type === 'structure') {
    const fields = Object.entries(shape.members ?? {}).map(
      ([name, ref]) => [name, memberWriter(model, ref.locationName ?? name, ref)] as const,
    );
    return (value) => {
      const record = value as Record<string, unknown>;
      let out = '';
      for (const [name, write] of fields) out += write(record[name]);
      return out;
    };
  }
  const type = shape.type;
  return (value) => scalar(value, shapeName, type);
}

/** `<XResponse xmlns=…><XResult>…</XResult><ResponseMetadata>…</ResponseMetadata></XResponse>` */
export function queryResponseXml(
  model: ServiceModel,
  operation: string,
  result: Record<string, unknown> | undefined,
  requestId: string,
): string {
  const op = model.operations[operation]!;
  let out = `<${operation}Response xmlns="${model.metadata.xmlNamespace}">`;
  if (op.output && op.resultWrapper) {
    const body = writerOf(model, { shape: op.output })(result ?? {}) ?? '';
    out += `<${op.resultWrapper}>${body}</${op.resultWrapper}>`;
  }
  out += `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>`;
  return `${out}</${operation}Response>`;
}

/** AWS's Query error document. */
export function errorResponseXml(
  type: 'Sender' | 'Receiver',
  code: string,
  message: string,
  requestId: string,
  namespace = 'https://iam.amazonaws.com/doc/2010-05-08/',
): string {
  return (
    `<ErrorResponse xmlns="${namespace}"><Error><Type>${type}</Type>` +
    `<Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`
  );
}
