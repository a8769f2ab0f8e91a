// The five display colours of a switched role's header label, as AWS's console offers them. Each
// pairs a background with the text colour that reads on it (contrast ≥ 4.5:1, WCAG AA).
import type { SwitchRoleColor } from '../../api/queries/auth.js';

export interface RoleColorStyle {
  label: string;
  background: string;
  text: string;
}

// A Record over the contract's colour union: a colour added to the server's list and not here
// fails the typecheck.
export const ROLE_COLORS: Record<SwitchRoleColor, RoleColorStyle> = {
  red: { label: 'Red', background: '#d91515', text: '#ffffff' },
  orange: { label: 'Orange', background: '#ec7211', text: '#000000' },
  yellow: { label: 'Yellow', background: '#fbd332', text: '#000000' },
  green: { label: 'Green', background: '#037f0c', text: '#ffffff' },
  blue: { label: 'Blue', background: '#0972d3', text: '#ffffff' },
};

export const ROLE_COLOR_NAMES = Object.keys(ROLE_COLORS) as SwitchRoleColor[];

export function isRoleColor(value: string | null | undefined): value is SwitchRoleColor {
  return value != null && Object.hasOwn(ROLE_COLORS, value);
}
