import { describe, expect, it } from 'vitest';
import { findingFilter } from './finding-filters.js';

describe('findings property filter', () => {
  it('turns tokens into AWS filter criteria', () => {
    expect(
      findingFilter({
        operation: 'and',
        tokens: [
          { propertyKey: 'principal.AWS', operator: '=', value: '444455556666' },
          { propertyKey: 'principal.AWS', operator: '=', value: '777788889999' },
          { propertyKey: 'resource', operator: ':', value: ' partner ' },
          { propertyKey: 'isPublic', operator: '=', value: 'false' },
          { propertyKey: 'action', operator: '!=', value: 'sts:TagSession' },
        ],
      }),
    ).toEqual({
      'principal.AWS': { eq: ['444455556666', '777788889999'] },
      resource: { contains: ['partner'] },
      isPublic: { eq: ['false'] },
      action: { neq: ['sts:TagSession'] },
    });
  });

  it('ignores free text and empty values', () => {
    expect(findingFilter({ operation: 'and', tokens: [{ operator: ':', value: 'x' }] })).toBeUndefined();
    expect(
      findingFilter({ operation: 'and', tokens: [{ propertyKey: 'resource', operator: ':', value: '  ' }] }),
    ).toBeUndefined();
  });
});
