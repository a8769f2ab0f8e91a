/**
 * The case-folded form stored beside every IAM name (`nameLower`, `keyLower`). The database
 * checks `nameLower = lower(name)` and indexes it unique per account, which is how names are
 * unique case-insensitively. IAM names are ASCII (`[\w+=,.@-]`), so JS and PostgreSQL agree.
 */
export function nameKey(name: string): string {
  return name.toLowerCase();
}
