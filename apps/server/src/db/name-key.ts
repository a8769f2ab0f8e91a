/**
 * The case-folded form stored beside every IAM name (`nameLower`) and tag key (`keyLower`): the
 * one definition of "equal without case", used for writes, look-ups and duplicate checks. The
 * unique indexes on these columns are how the database keeps names and tag keys unique without
 * case; it never folds case itself, since its lower() follows the server's locale (ASCII only
 * under C, `I` → `ı` under a Turkish locale). JavaScript's toLowerCase is locale-independent and
 * covers every Unicode letter; the result can be longer than the input ('İ' → 'i̇').
 */
export function nameKey(name: string): string {
  return name.toLowerCase();
}
