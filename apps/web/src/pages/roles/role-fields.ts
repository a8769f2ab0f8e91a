// Client-side checks of a role's own fields, in AWS's rules (the server checks again), and the
// maximum session duration choices the IAM console offers.

import { validateDescription } from '../../components/entity-fields/validate-description.js';

// The role name is judged by the contract's schema, as the other IAM names are.
export { validateRoleName } from '../../components/validation/iam-names.js';

export const MIN_SESSION_SECONDS = 3600;
export const MAX_SESSION_SECONDS = 43200;

export const validateRoleDescription = validateDescription;

export interface SessionDurationOption {
  label: string;
  seconds: number;
}

export const SESSION_DURATION_OPTIONS: readonly SessionDurationOption[] = [
  { label: '1 hour', seconds: 3600 },
  { label: '2 hours', seconds: 7200 },
  { label: '4 hours', seconds: 14400 },
  { label: '8 hours', seconds: 28800 },
  { label: '12 hours', seconds: 43200 },
];

/** Seconds typed for "Custom duration": a whole number from 3,600 to 43,200. */
export function parseSessionSeconds(text: string): { seconds?: number; problem?: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: 'Enter a whole number of seconds.' };
  const seconds = Number(trimmed);
  if (seconds < MIN_SESSION_SECONDS || seconds > MAX_SESSION_SECONDS) {
    return {
      problem: 'The maximum session duration is from 3,600 seconds (1 hour) to 43,200 seconds (12 hours).',
    };
  }
  return { seconds };
}

/** "1 hour", "12 hours", "1 hour 30 minutes", "5,400 seconds" for what is not whole minutes. */
export function formatSessionDuration(seconds: number): string {
  if (seconds % 60 !== 0) return `${seconds.toLocaleString('en-US')} seconds`;
  const hours = Math.floor(seconds / 3600);
  const minutes = (seconds % 3600) / 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (minutes) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ') || '0 minutes';
}
