import { checkPolicyText } from '@gatehouse/evaluator';
import { describe, expect, it } from 'vitest';
import { cardPlace } from './card-place.js';

describe('cardPlace', () => {
  it('names the card and the field of a finding', () => {
    expect(cardPlace(['Statement', 1, 'Resource', 0])).toBe('Statement 2 · Resources');
    expect(cardPlace(['Statement', 0, 'NotAction'])).toBe('Statement 1 · Actions');
    expect(cardPlace(['Statement', 2, 'Condition', 'StringEquals', 'aws:username'])).toBe(
      'Statement 3 · Conditions',
    );
    expect(cardPlace(['Statement', 'Effect'])).toBe('Statement 1 · Effect');
    expect(cardPlace(['Statement', 3])).toBe('Statement 4');
    expect(cardPlace(['Version'])).toBe('Policy · Version');
    expect(cardPlace([])).toBe('Policy');
  });

  it('places the evaluator’s own findings on the card a user sees', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'not-an-arn' },
      ],
    });
    const places = checkPolicyText(text, 'identity').diagnostics.map((d) => cardPlace(d.path));
    expect(places).toContain('Statement 2 · Resources');
  });
});
