// The switched role's colour in the top navigation: a frame whose account menu trigger takes the
// display colour (switched-role-header.css), and the small swatch the role history shows.
import type { CSSProperties, ReactNode } from 'react';
import type { SwitchRoleColor } from '../../api/queries/auth.js';
import { isRoleColor, ROLE_COLORS } from './role-colors.js';
import './switched-role-header.css';

/** Sessions switched without a colour still stand out from the user's own: a neutral grey. */
const UNCOLOURED = { background: '#5f6b7a', text: '#ffffff' };

export function SwitchedRoleHeader(props: { color: string | null | undefined; children: ReactNode }) {
  const { color, children } = props;
  const style = isRoleColor(color) ? ROLE_COLORS[color] : UNCOLOURED;
  return (
    <div
      className="gatehouse-switched-role"
      data-role-color={isRoleColor(color) ? color : 'none'}
      style={
        {
          '--gatehouse-role-background': style.background,
          '--gatehouse-role-text': style.text,
        } as CSSProperties
      }
    >
      {children}
    </div>
  );
}

export function RoleColorSwatch({ color }: { color: SwitchRoleColor | null }) {
  const fill = color ? ROLE_COLORS[color].background : 'none';
  return (
    <svg viewBox="0 0 16 16" focusable="false" aria-hidden="true">
      <rect x="2" y="2" width="12" height="12" rx="3" fill={fill} stroke="currentColor" strokeWidth="1" />
    </svg>
  );
}
