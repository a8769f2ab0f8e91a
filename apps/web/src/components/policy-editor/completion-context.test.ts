import { describe, expect, it } from 'vitest';
import { stringAt } from './completion-context.js';

const at = (text: string) => stringAt(text, text.length);

describe('stringAt', () => {
  it('finds an action being typed, alone or in a list, in text that is not JSON yet', () => {
    expect(at('{"Statement": [{"Effect": "Allow", "Action": "iam:Cre')).toMatchObject({
      typed: 'iam:Cre',
      isKey: false,
      keys: ['Statement', 'Action'],
    });
    expect(at('{"Statement": {"Action": ["s3:GetObject", "iam:Cre')).toMatchObject({
      typed: 'iam:Cre',
      keys: ['Statement', 'Action'],
    });
  });

  it('finds a condition key being typed, under its operator', () => {
    expect(at('{"Statement": [{"Condition": {"StringEquals": {"aws:Sou')).toMatchObject({
      typed: 'aws:Sou',
      isKey: true,
      keys: ['Statement', 'Condition', 'StringEquals'],
    });
  });

  it('finds a cursor inside a closed string, and none between strings', () => {
    const text = '{"Resource": "arn:aws:s3:::bucket"}';
    expect(stringAt(text, text.indexOf('s3'))).toMatchObject({ typed: 'arn:aws:', keys: ['Resource'] });
    expect(stringAt(text, text.indexOf(':'))).toBeUndefined();
    expect(at('{"a": "x\\"y", "Action": "s')).toMatchObject({ typed: 's', keys: ['Action'] });
  });
});
