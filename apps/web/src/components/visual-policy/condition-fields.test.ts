import { describe, expect, it } from 'vitest';
import {
  baseOperator,
  conditionRowProblems,
  operatorOptions,
  valueHint,
  valueRows,
} from './condition-fields.js';
import type { VisualCondition } from './model/visual-policy.js';

const row = (patch: Partial<VisualCondition>): VisualCondition => ({
  key: 'c',
  operator: 'IpAddress',
  conditionKey: 'aws:SourceIp',
  values: ['203.0.113.0/24'],
  ...patch,
});

describe('operatorOptions', () => {
  it('offers the operators of the key type', () => {
    const names = operatorOptions('IPAddress', '').map((o) => o.value);
    expect(names).toContain('IpAddress');
    expect(names).toContain('NotIpAddressIfExists');
    expect(names).not.toContain('StringEquals');
  });

  it('keeps an operator written in the JSON and says it does not fit', () => {
    const options = operatorOptions('Bool', 'StringEquals');
    expect(options.at(-1)).toEqual({
      value: 'StringEquals',
      label: 'StringEquals',
      description: 'Does not fit a key of type Bool',
    });
  });

  it('offers every operator once when the key type is not known', () => {
    const names = operatorOptions(undefined, '').map((o) => o.value);
    expect(names).toContain('StringLike');
    expect(names).toContain('ForAnyValue:StringEquals');
    expect(names).toContain('DateGreaterThan');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('valueRows and baseOperator', () => {
  it('shows one empty input when there is no value', () => {
    expect(valueRows([])).toEqual(['']);
    expect(valueRows(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('strips set qualifiers and IfExists', () => {
    expect(baseOperator('ForAnyValue:StringLikeIfExists')).toBe('StringLike');
    expect(baseOperator('BoolIfExists')).toBe('Bool');
  });
});

describe('valueHint', () => {
  it('describes the values an operator compares', () => {
    expect(valueHint('Bool', 'Bool')).toBe('true or false');
    expect(valueHint('NotIpAddress', 'IPAddress')).toBe('An IP address or CIDR range, e.g. 203.0.113.0/24');
    expect(valueHint('ForAllValues:StringLike', 'ArrayOfString')).toBe('* and ? match any characters');
    expect(valueHint('StringEquals', 'String')).toBeUndefined();
  });
});

describe('conditionRowProblems', () => {
  it('finds nothing wrong with a complete row', () => {
    expect(conditionRowProblems(row({}), 'IPAddress')).toEqual({});
  });

  it('asks for what is missing', () => {
    expect(conditionRowProblems(row({ conditionKey: '', operator: '', values: [] }), undefined)).toEqual({
      conditionKey: 'choose a condition key',
      operator: 'choose an operator',
      values: 'enter a value',
    });
  });

  it('asks to replace a placeholder in the key', () => {
    const problems = conditionRowProblems(
      row({ conditionKey: 'aws:ResourceTag/${TagKey}', operator: 'StringEquals', values: ['x'] }),
      'String',
    );
    expect(problems.conditionKey).toBe('replace `${TagKey}` with a name');
  });

  it('checks values against the operator', () => {
    expect(
      conditionRowProblems(
        row({ operator: 'Bool', conditionKey: 'aws:SecureTransport', values: ['yes'] }),
        'Bool',
      ).values,
    ).toBe('`yes` is not `true` or `false`');
    expect(conditionRowProblems(row({ values: ['my-laptop'] }), 'IPAddress').values).toBe(
      '`my-laptop` is not an IP address or CIDR range',
    );
    expect(
      conditionRowProblems(
        row({ operator: 'NumericLessThan', conditionKey: 's3:max-keys', values: ['ten'] }),
        'Numeric',
      ).values,
    ).toBe('`ten` is not a number');
    expect(conditionRowProblems(row({ values: ['10.0.0.0/8', ''] }), 'IPAddress').values).toBe(
      'a value is empty',
    );
  });

  it('flags an operator that does not fit the key type', () => {
    expect(conditionRowProblems(row({ operator: 'StringEquals' }), 'IPAddress').operator).toBe(
      '`StringEquals` does not fit a key of type IPAddress',
    );
  });
});
