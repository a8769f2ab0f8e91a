// Where a policy of an explanation or a summary lives in the console, from its id: a managed
// policy's ARN, or `<user|group|role ARN>:inline/<name>` for an inline policy (the ids the
// server's effective-policies and simulator routes give). Other ids (custom policies) have none.

const MANAGED = /^arn:aws:iam::(\d{12}|aws):policy\//;
const INLINE = /^arn:aws:iam::\d{12}:(user|group|role)\/(.+):inline\/([^/:]+)$/;

export function policyPageHref(id: string): string | undefined {
  if (MANAGED.test(id)) return `/policies/${encodeURIComponent(id)}`;
  const inline = INLINE.exec(id);
  if (!inline) return undefined;
  const [, kind, pathAndName, policyName] = inline;
  // The route takes the entity's name: the last segment after its path.
  const name = pathAndName!.split('/').pop()!;
  return `/${kind}s/${encodeURIComponent(name)}/inline-policies/${encodeURIComponent(policyName!)}`;
}
