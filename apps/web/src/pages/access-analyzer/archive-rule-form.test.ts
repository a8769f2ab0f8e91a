import { describe, expect, it } from 'vitest';
import { criterionText, filterFromRows, ruleNameProblem } from './archive-rule-form.js';

describe('archive rule form', () => {
  it('builds AWS filter criteria from the rows, merging rows on one field', () => {
    expect(
      filterFromRows([
        { field: 'principal.AWS', operator: 'eq', values: '444455556666, 777788889999' },
        { field: 'principal.AWS', operator: 'neq', values: '111122223333' },
        { field: 'isPublic', operator: 'exists', values: 'true' },
      ]),
    ).toEqual({
      filter: {
        'principal.AWS': { eq: ['444455556666', '777788889999'], neq: ['111122223333'] },
        isPublic: { exists: true },
      },
    });
  });

  it('says what is wrong before the server does', () => {
    expect(filterFromRows([]).problem).toBe('Add at least one criterion.');
    expect(filterFromRows([{ field: 'resource', operator: 'contains', values: ' , ' }]).problem).toContain(
      'at least one value',
    );
    expect(filterFromRows([{ field: 'isPublic', operator: 'exists', values: 'maybe' }]).problem).toContain(
      'true or false',
    );
    expect(ruleNameProblem('1rule')).toContain('Start with a letter');
    expect(ruleNameProblem('trusted-vendor')).toBeUndefined();
  });

  it('words a criterion', () => {
    expect(criterionText('principal.AWS', { eq: ['1', '2'] })).toBe('AWS principal equals 1 or 2');
  });
});
