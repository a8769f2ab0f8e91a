// What each kind of policy may and must contain. One row per kind, read by the element checks.
import type { PolicyKind } from '../types.js';

export interface KindRules {
  /** How messages name the kind: "an identity-based policy". */
  label: string;
  principal: 'required' | 'forbidden';
  notPrincipal: 'allowed' | 'forbidden';
  resource: 'required' | 'forbidden';
  /** IAM limits `Sid` to ASCII letters and digits; services with resource policies are looser. */
  sidLettersAndDigitsOnly: boolean;
  /** SCPs must say `"Version": "2012-10-17"`. */
  versionRequired: boolean;
}

export const KIND_RULES: Record<PolicyKind, KindRules> = {
  identity: {
    label: 'an identity-based policy',
    principal: 'forbidden',
    notPrincipal: 'forbidden',
    resource: 'required',
    sidLettersAndDigitsOnly: true,
    versionRequired: false,
  },
  boundary: {
    label: 'a permissions boundary',
    principal: 'forbidden',
    notPrincipal: 'forbidden',
    resource: 'required',
    sidLettersAndDigitsOnly: true,
    versionRequired: false,
  },
  scp: {
    label: 'a service control policy',
    principal: 'forbidden',
    notPrincipal: 'forbidden',
    resource: 'required',
    sidLettersAndDigitsOnly: true,
    versionRequired: true,
  },
  resource: {
    label: 'a resource-based policy',
    principal: 'required',
    notPrincipal: 'allowed',
    resource: 'required',
    sidLettersAndDigitsOnly: false,
    versionRequired: false,
  },
  trust: {
    label: 'a role trust policy',
    principal: 'required',
    notPrincipal: 'forbidden',
    resource: 'forbidden',
    sidLettersAndDigitsOnly: true,
    versionRequired: false,
  },
};

export const POLICY_KINDS = Object.keys(KIND_RULES) as PolicyKind[];

export function isPolicyKind(value: unknown): value is PolicyKind {
  return typeof value === 'string' && Object.hasOwn(KIND_RULES, value);
}
