/** `text` with LIKE's wildcards escaped (for `LIKE ... ESCAPE '\'`): names may contain `_`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function prefixPattern(prefix: string): string {
  return `${escapeLike(prefix)}%`;
}

export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
