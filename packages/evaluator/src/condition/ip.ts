// IpAddress / NotIpAddress: IPv4 and IPv6 addresses or CIDR ranges. An address without a
// prefix length is a single host (/32 or /128). Ranges are parsed at compile time into
// integer bounds (IPv4) or a bigint network and mask (IPv6). No policy variables ("Policy
// variables – Not supported").

import type { MatchContext } from '../variables/context-lookup.js';
import { INCOMPARABLE, NONE, spec, type ConditionFamily } from './family.js';

interface IpRange {
  v6: boolean;
  lo: number;
  hi: number;
  net: bigint;
  mask: bigint;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ALL_128 = (1n << 128n) - 1n;

/** Parses dotted-quad IPv4 text into an unsigned 32-bit number (by hand: requests parse one each). */
export function parseIpv4(text: string): number | undefined {
  let n = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return undefined;
    } else if (c === 46 && digits > 0 && dots < 3) {
      n = n * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else return undefined;
  }
  return dots === 3 && digits > 0 ? n * 256 + octet : undefined;
}

function groupsOf(part: string): number[] | undefined {
  if (part === '') return [];
  const groups: number[] = [];
  const pieces = part.split(':');
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    if (i === pieces.length - 1 && piece.includes('.')) {
      const v4 = parseIpv4(piece);
      if (v4 === undefined) return undefined;
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (HEX_GROUP.test(piece)) groups.push(parseInt(piece, 16));
    else return undefined;
  }
  return groups;
}

export function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0] as string);
  const tail = halves.length === 2 ? groupsOf(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  let n = 0n;
  for (const g of [...head, ...new Array<number>(missing).fill(0), ...tail]) n = (n << 16n) | BigInt(g);
  return n;
}

/** Parses an address or CIDR range as a policy writes it; undefined when it is neither. */
export function parseRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const addr = (slash < 0 ? text : text.slice(0, slash)).trim();
  const bitsText = slash < 0 ? undefined : text.slice(slash + 1).trim();
  if (bitsText !== undefined && !/^\d{1,3}$/.test(bitsText)) return undefined;
  const v4 = parseIpv4(addr);
  if (v4 !== undefined) {
    const bits = bitsText === undefined ? 32 : Number(bitsText);
    if (bits > 32) return undefined;
    const size = 2 ** (32 - bits);
    const lo = Math.floor(v4 / size) * size;
    return { v6: false, lo, hi: lo + size - 1, net: 0n, mask: 0n };
  }
  const v6 = parseIpv6(addr);
  if (v6 === undefined) return undefined;
  const bits = bitsText === undefined ? 128 : Number(bitsText);
  if (bits > 128) return undefined;
  const mask = ALL_128 ^ ((1n << BigInt(128 - bits)) - 1n);
  return { v6: true, lo: 0, hi: 0, net: v6 & mask, mask };
}

/** Parses the request's address into the match context, unless it is the one parsed last. */
function parseRequestIp(ctx: MatchContext, text: string): void {
  if (text === ctx.ipText) return;
  ctx.ipText = text;
  ctx.ipV4 = parseIpv4(text);
  ctx.ipV6 = ctx.ipV4 === undefined ? parseIpv6(text) : undefined;
}

export const ipFamily: ConditionFamily<IpRange> = {
  name: 'IpAddress',
  operators: Object.fromEntries([spec('IpAddress', 0, 'is in'), spec('NotIpAddress', 0, 'is in', true)]),
  variables: false,
  qualifiers: true,
  expected: 'an IP address or CIDR range such as `203.0.113.0/24`',
  compileValue: parseRange,
  match(ranges, _op, value, ctx) {
    if (typeof value !== 'string') return INCOMPARABLE;
    parseRequestIp(ctx, value);
    if (ctx.ipV4 !== undefined) {
      const ip = ctx.ipV4;
      for (let i = 0; i < ranges.length; i++) {
        const r = ranges[i] as IpRange;
        if (!r.v6 && ip >= r.lo && ip <= r.hi) return i;
      }
      return NONE;
    }
    if (ctx.ipV6 === undefined) return INCOMPARABLE;
    const ip = ctx.ipV6;
    for (let i = 0; i < ranges.length; i++) {
      const r = ranges[i] as IpRange;
      if (r.v6 && (ip & r.mask) === r.net) return i;
    }
    return NONE;
  },
};
