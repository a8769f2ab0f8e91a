// The findings page's property filter as AWS's filter criteria (sent as `filter`): each token a
// criterion on a finding field, tokens on one field combined (every one must hold).
import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import type { Criterion } from '@gatehouse/contracts/access-analyzer';

export const FINDING_FILTER_PROPERTIES: PropertyFilterProps.FilteringProperty[] = [
  { key: 'resource', propertyLabel: 'Resource', groupValuesLabel: 'Resources', operators: [':', '=', '!='] },
  {
    key: 'principal.AWS',
    propertyLabel: 'AWS principal',
    groupValuesLabel: 'Principals',
    operators: ['=', '!=', ':'],
  },
  {
    key: 'principal.Federated',
    propertyLabel: 'Federated principal',
    groupValuesLabel: 'Providers',
    operators: ['=', '!=', ':'],
  },
  { key: 'isPublic', propertyLabel: 'Public', groupValuesLabel: 'Values', operators: ['='] },
  { key: 'action', propertyLabel: 'Action', groupValuesLabel: 'Actions', operators: ['=', '!='] },
  { key: 'accessKeyId', propertyLabel: 'Access key ID', groupValuesLabel: 'Access keys', operators: ['='] },
  {
    key: 'findingType',
    propertyLabel: 'Finding type',
    groupValuesLabel: 'Finding types',
    operators: ['=', '!='],
  },
];

export const FINDING_FILTER_OPTIONS: PropertyFilterProps.FilteringOption[] = [
  { propertyKey: 'isPublic', value: 'true' },
  { propertyKey: 'isPublic', value: 'false' },
  ...[
    'ExternalAccess',
    'UnusedIAMRole',
    'UnusedIAMUserAccessKey',
    'UnusedIAMUserPassword',
    'UnusedPermission',
  ].map((value) => ({ propertyKey: 'findingType', value })),
];

const OPERATOR: Record<string, keyof Omit<Criterion, 'exists'>> = { '=': 'eq', '!=': 'neq', ':': 'contains' };

/** The filter criteria, or undefined when no token names a property and a value. */
export function findingFilter(query: PropertyFilterProps.Query): Record<string, Criterion> | undefined {
  const filter: Record<string, Criterion> = {};
  for (const token of query.tokens) {
    const value = typeof token.value === 'string' ? token.value.trim() : '';
    const op = OPERATOR[token.operator];
    if (!token.propertyKey || !value || !op) continue;
    const criterion = (filter[token.propertyKey] ??= {});
    criterion[op] = [...(criterion[op] ?? []), value];
  }
  return Object.keys(filter).length > 0 ? filter : undefined;
}
