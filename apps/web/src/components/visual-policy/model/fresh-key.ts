// Keys for cards and condition rows: unique within the page's lifetime, never written to JSON.
// A counter rather than `crypto.randomUUID`, which browsers offer only in secure contexts.
let counter = 0;

export function freshKey(prefix = 'k'): string {
  counter += 1;
  return `${prefix}${counter}`;
}
