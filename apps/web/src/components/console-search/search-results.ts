// The console search's answer, grouped by type as the IAM console's "Search IAM" groups it: each
// match links to its page; a type the caller may not list says so instead of hiding the fact.
import type { AutosuggestProps } from '@cloudscape-design/components/autosuggest';
import { ApiError } from '../../api/api-error.js';
import { policyHref } from '../../pages/policies/policy-links.js';

export interface SearchMatch {
  name: string;
  href: string;
  /** The path or ARN shown under the name. */
  detail?: string;
}

export interface SearchSection {
  type: 'users' | 'groups' | 'roles' | 'policies';
  matches?: SearchMatch[];
  error?: unknown;
}

export const SEARCH_TYPE_LABELS: Record<SearchSection['type'], string> = {
  users: 'Users',
  groups: 'User groups',
  roles: 'Roles',
  policies: 'Policies',
};

const NOUN: Record<SearchSection['type'], string> = {
  users: 'users',
  groups: 'user groups',
  roles: 'roles',
  policies: 'policies',
};

export const userMatch = (u: { userName: string; path: string }): SearchMatch => ({
  name: u.userName,
  href: `/users/${encodeURIComponent(u.userName)}`,
  detail: u.path,
});
export const groupMatch = (g: { groupName: string; path: string }): SearchMatch => ({
  name: g.groupName,
  href: `/groups/${encodeURIComponent(g.groupName)}`,
  detail: g.path,
});
export const roleMatch = (r: { roleName: string; path: string }): SearchMatch => ({
  name: r.roleName,
  href: `/roles/${encodeURIComponent(r.roleName)}`,
  detail: r.path,
});
export const policyMatch = (p: { policyName: string; arn: string }): SearchMatch => ({
  name: p.policyName,
  href: policyHref(p.arn),
  detail: p.arn,
});

/** Autosuggest's option groups: one per type with matches or a refusal; types without matches are left out. */
export function searchOptions(sections: readonly SearchSection[]): AutosuggestProps.OptionGroup[] {
  const groups: AutosuggestProps.OptionGroup[] = [];
  for (const section of sections) {
    const label = SEARCH_TYPE_LABELS[section.type];
    if (section.error) {
      const denied = section.error instanceof ApiError && section.error.isAccessDenied;
      groups.push({
        label,
        options: [
          {
            value: `unavailable:${section.type}`,
            label: denied
              ? `You are not authorized to list ${NOUN[section.type]}`
              : `${label} could not be searched`,
            disabled: true,
          },
        ],
      });
    } else if (section.matches && section.matches.length > 0) {
      groups.push({
        label,
        options: section.matches.map((m) => ({
          value: m.href,
          label: m.name,
          ...(m.detail ? { description: m.detail } : {}),
        })),
      });
    }
  }
  return groups;
}
