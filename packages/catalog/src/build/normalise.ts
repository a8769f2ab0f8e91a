// Turns the data package's spellings into the catalog's: one access level per action, and
// only condition key types the catalog's types name. Anything unexpected fails the build
// loudly rather than slipping into the chunks.
import type { AccessLevel, ConditionKeyType } from '../types.js';

const PLAIN_LEVELS: readonly string[] = ['List', 'Read', 'Write', 'Tagging', 'Permissions management'];

/**
 * The data package writes `Tagging, Write` and `Permissions management, Write` for actions the
 * service authorization reference lists as Tagging and Permissions management.
 */
export function accessLevelOf(raw: string, where: string): AccessLevel {
  const levels = raw.split(',').map((level) => level.trim());
  if (levels.includes('Permissions management')) return 'Permissions management';
  if (levels.includes('Tagging')) return 'Tagging';
  const [level] = levels;
  if (levels.length === 1 && level !== undefined && PLAIN_LEVELS.includes(level)) return level as AccessLevel;
  throw new Error(`${where}: unknown access level \`${raw}\``);
}

const KEY_TYPES: readonly string[] = [
  'String',
  'ARN',
  'Bool',
  'Numeric',
  'Date',
  'IPAddress',
  'Binary',
  'ArrayOfString',
  'ArrayOfARN',
  'ArrayOfBool',
  'ArrayOfNumeric',
  'ArrayOfDate',
  'ArrayOfIPAddress',
  'ArrayOfBinary',
] satisfies ConditionKeyType[];

export function conditionKeyTypeOf(raw: string, where: string): ConditionKeyType {
  if (KEY_TYPES.includes(raw)) return raw as ConditionKeyType;
  throw new Error(`${where}: unknown condition key type \`${raw}\``);
}
