import { describe, expect, it } from 'vitest';
import type { SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { organizationsActiveHref, organizationsSection } from './organizations-navigation.js';

const texts = (items: readonly SideNavigationProps.Item[]) =>
  items.map((item) => ('text' in item ? item.text : item.type));

describe('the AWS Organizations navigation section', () => {
  it('offers accounts, policies, invitations and settings to the management account', () => {
    const section = organizationsSection('management');
    expect(section.text).toBe('AWS Organizations');
    expect(texts(section.items)).toEqual(['AWS accounts', 'Policies', 'Invitations', 'Settings']);
    const policies = section.items[1] as SideNavigationProps.ExpandableLinkGroup;
    expect(texts(policies.items)).toEqual(['Service control policies']);
  });

  it('offers a member its organization and invitations, and no policies', () => {
    expect(texts(organizationsSection('member').items)).toEqual(['Organization', 'Invitations']);
  });

  it('offers an account outside any organization (or not yet known) to create one, and its invitations', () => {
    expect(texts(organizationsSection(null).items)).toEqual(['AWS accounts', 'Invitations']);
    expect(texts(organizationsSection(undefined).items)).toEqual(['AWS accounts', 'Invitations']);
  });

  it('highlights the entry a page belongs to', () => {
    expect(organizationsActiveHref('/organizations/organizational-units/ou-ab12-work')).toBe(
      '/organizations/accounts',
    );
    expect(organizationsActiveHref('/organizations/accounts/111111111111')).toBe('/organizations/accounts');
    expect(organizationsActiveHref('/organizations/policies/service-control-policies/p-1/edit')).toBe(
      '/organizations/policies/service-control-policies',
    );
    expect(organizationsActiveHref('/organizations/invitations')).toBe('/organizations/invitations');
    expect(organizationsActiveHref('/organizations/settings')).toBe('/organizations/settings');
    expect(organizationsActiveHref('/users')).toBeUndefined();
  });
});
