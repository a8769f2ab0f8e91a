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

export function escapeXml(text: string): string {
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
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
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

function element(model: ServiceModel, name: string, ref: MemberRef, value: unknown, out: string[]): void {
  if (value === undefined || value === null) return;
  const shape = shapeOf(model, ref.shape);
  if (shape.type === 'list') {
    const items = value as unknown[];
    const member = shape.member!;
    if (shape.flattened) {
      for (const item of items) element(model, name, member, item, out);
      return;
    }
    if (items.length === 0) {
      out.push(`<${name}/>`);
      return;
    }
    out.push(`<${name}>`);
    for (const item of items) element(model, member.locationName ?? 'member', member, item, out);
    out.push(`</${name}>`);
    return;
  }
  if (shape.type === 'map') {
    out.push(`<${name}>`);
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out.push('<entry>');
      element(model, shape.key?.locationName ?? 'key', shape.key!, k, out);
      element(model, shape.value?.locationName ?? 'value', shape.value!, v, out);
      out.push('</entry>');
    }
    out.push(`</${name}>`);
    return;
  }
  if (shape.type === 'structure') {
    out.push(`<${name}>`);
    members(model, ref.shape, value as Record<string, unknown>, out);
    out.push(`</${name}>`);
    return;
  }
  out.push(`<${name}>${scalar(value, ref.shape, shape.type)}</${name}>`);
}

function members(
  model: ServiceModel,
  shapeName: string,
  value: Record<string, unknown>,
  out: string[],
): void {
  const shape = shapeOf(model, shapeName);
  for (const [name, ref] of Object.entries(shape.members ?? {})) {
    element(model, ref.locationName ?? name, ref, value[name], out);
  }
}

/** `<XResponse xmlns=…><XResult>…</XResult><ResponseMetadata>…</ResponseMetadata></XResponse>` */
export function queryResponseXml(
  model: ServiceModel,
  operation: string,
  result: Record<string, unknown> | undefined,
  requestId: string,
): string {
  const op = model.operations[operation]!;
  const out: string[] = [`<${operation}Response xmlns="${model.metadata.xmlNamespace}">`];
  if (op.output && op.resultWrapper) {
    out.push(`<${op.resultWrapper}>`);
    members(model, op.output, result ?? {}, out);
    out.push(`</${op.resultWrapper}>`);
  }
  out.push(`<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>`);
  out.push(`</${operation}Response>`);
  return out.join('');
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
