// Saving the Tags tab: which keys to set (added or changed values) and which to remove, so only
// those two calls (TagUser, UntagUser) are made.
import type { Tag } from '../../api/types.js';

export function diffTags(before: readonly Tag[], after: readonly Tag[]): { set: Tag[]; remove: string[] } {
  const old = new Map(before.map((t) => [t.key, t.value]));
  const next = new Map(after.map((t) => [t.key, t.value]));
  const set = after.filter((t) => old.get(t.key) !== t.value);
  const remove = before.filter((t) => !next.has(t.key)).map((t) => t.key);
  return { set, remove };
}

/** Problems with a tag list as a whole: duplicate keys (case-sensitive, as AWS) and the 50-tag quota. */
export function tagListProblem(tags: readonly Tag[]): string | undefined {
  if (tags.length > 50) return 'You can add up to 50 tags.';
  const seen = new Set<string>();
  for (const { key } of tags) {
    if (seen.has(key)) return `The key ${key} is used twice; each key can appear once.`;
    seen.add(key);
  }
  return undefined;
}
