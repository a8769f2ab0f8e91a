// Where a finding is, in the Visual tab's words: the card and the field (`Statement 2 · Resources`)
// rather than a JSON line and column, which the Visual tab does not show.
type Path = readonly (string | number)[];

const FIELDS: Record<string, string> = {
  Sid: 'Statement ID',
  Effect: 'Effect',
  Principal: 'Principal',
  NotPrincipal: 'Principal',
  Action: 'Actions',
  NotAction: 'Actions',
  Resource: 'Resources',
  NotResource: 'Resources',
  Condition: 'Conditions',
};

/** `Statement 2 · Resources`, `Statement 1 · Conditions`, `Policy · Version`, or `Policy` for the whole document. */
export function cardPlace(path: Path): string {
  if (path[0] !== 'Statement') return typeof path[0] === 'string' ? `Policy · ${path[0]}` : 'Policy';
  // `"Statement": {…}` (one statement, no array) has no index in its paths.
  const indexed = typeof path[1] === 'number';
  const card = `Statement ${indexed ? (path[1] as number) + 1 : 1}`;
  const element = path[indexed ? 2 : 1];
  if (element === undefined) return card;
  const field = typeof element === 'string' ? (FIELDS[element] ?? element) : undefined;
  return field ? `${card} · ${field}` : card;
}
