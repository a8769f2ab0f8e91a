import { describe, expect, it } from 'vitest';
import { numberSpans } from './number-spans.js';

const spans = (text: string) => numberSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e));

describe('numberSpans', () => {
  it('finds bare numbers, not digits inside strings', () => {
    expect(
      spans(
        '{"Condition":{"NumericLessThan":{"s3:max-keys":10,"x":-2.5e3}},"Resource":"arn:aws:s3:::b-2019"}',
      ),
    ).toEqual(['10', '-2.5e3']);
  });

  it('steps over escaped quotes in strings', () => {
    expect(spans('{"a":"say \\"1\\" 2", "b": [3, 4]}')).toEqual(['3', '4']);
  });

  it('stays within the span', () => {
    const text = '[1, {"a": 2}, 3]';
    expect(numberSpans(text, 4, 12).map(([s, e]) => text.slice(s, e))).toEqual(['2']);
  });
});
