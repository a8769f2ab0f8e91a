// Where the cursor is in a policy being typed, for completion and hover: inside which string, and
// whether that string is a member's key or a value, under which keys. Reads the text up to the
// cursor token by token and forgives everything (the text is mid-edit): a string ends at its
// closing quote or at the end of its line, as the evaluator's parser reads it.

export interface StringContext {
  /** Offset of the string's opening quote. */
  start: number;
  /** The string's text from the opening quote to the cursor (escapes kept as written). */
  typed: string;
  /** True when the string is a member's key (`{"aws:Sou`), false when it is a value. */
  isKey: boolean;
  /**
   * Keys from the root to the string: for a value, ending with its member's key
   * (`['Statement', 'Action']`); for a key, the keys of the objects around it
   * (`['Statement', 'Condition', 'StringEquals']`). Array levels add nothing.
   */
  keys: string[];
}

interface Frame {
  kind: 'object' | 'array';
  /** The key this container is the value of. */
  owner: string | undefined;
  /** Objects: the last key read, and whether the next string is a key. */
  key?: string;
  expectKey: boolean;
}

const keysOf = (stack: readonly Frame[]) =>
  stack.flatMap((frame) => (frame.owner === undefined ? [] : [frame.owner]));

/** The string the cursor at `offset` is in, or undefined when it is not in one. */
export function stringAt(text: string, offset: number): StringContext | undefined {
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  let at = 0;
  while (at < offset) {
    const c = text.charAt(at);
    if (c === '"') {
      const start = at;
      let end = at + 1;
      let closed = false;
      while (end < text.length) {
        const d = text.charAt(end);
        if (d === '\\') {
          end += 2;
          continue;
        }
        if (d === '"') {
          closed = true;
          break;
        }
        if (d === '\n' || d === '\r') break;
        end++;
      }
      const frame = top();
      const isKey = frame?.kind === 'object' && frame.expectKey;
      if (offset <= end) {
        const keys = keysOf(stack);
        if (!isKey && frame?.kind === 'object' && frame.key !== undefined) keys.push(frame.key);
        return { start, typed: text.slice(start + 1, offset), isKey, keys };
      }
      if (isKey && frame) frame.key = text.slice(start + 1, end);
      at = closed ? end + 1 : end;
      continue;
    }
    const frame = top();
    if (c === '{' || c === '[') {
      // An item of an array has no key of its own: the array's key is already on the stack.
      const owner = frame?.kind === 'object' ? frame.key : undefined;
      stack.push({ kind: c === '{' ? 'object' : 'array', owner, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ':' && frame?.kind === 'object') {
      frame.expectKey = false;
    } else if (c === ',' && frame?.kind === 'object') {
      frame.expectKey = true;
    }
    at++;
  }
  return undefined;
}
