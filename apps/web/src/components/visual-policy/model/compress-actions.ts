// The shortest list of action entries that matches exactly the chosen actions of one service:
// plain names, and `Prefix*` wildcards where a wildcard covers two or more chosen actions and no
// other action of the catalog. "All List actions" for EC2 is then `Describe*`, `Get*`, … rather
// than hundreds of names that would not fit in a managed policy's 6,144 characters.
//
// Exact against the catalog, not against the future: AWS may add an action that a written
// wildcard matches (as it may for `Describe*` written by hand). A wildcard standing for a single
// action is never written, so picking one action writes its name.
//
// How: the names go into a trie (case ignored, as IAM compares them); for each node the cost of
// its chosen names written one by one is compared with one wildcard at the node, which is
// allowed only when every name below the node is chosen, and only where the prefix ends a word
// of some name below it (`Describe*`, `GetObject*`, never `Descr*`), so entries read as AWS's
// own policies do. Costs count the characters an entry
// adds to the JSON (`"ec2:Describe*",`), so the result is the shortest such list.

interface TrieNode {
  /** The prefix as the first name through this node spells it. */
  prefix: string;
  children: Map<string, TrieNode>;
  /** The catalog name ending here, if any. */
  name?: string;
  total: number;
  chosen: number;
  /** True when the prefix ends a word of some name below (`Get` in `GetObject`): a wildcard may stop here. */
  boundary: boolean;
}

function buildTrie(all: readonly string[], chosen: ReadonlySet<string>): TrieNode {
  const root: TrieNode = { prefix: '', children: new Map(), total: 0, chosen: 0, boundary: true };
  for (const name of all) {
    const isChosen = chosen.has(name.toLowerCase());
    let node = root;
    node.total++;
    if (isChosen) node.chosen++;
    for (let i = 0; i < name.length; i++) {
      const key = name.charAt(i).toLowerCase();
      let child = node.children.get(key);
      if (!child) {
        child = { prefix: name.slice(0, i + 1), children: new Map(), total: 0, chosen: 0, boundary: false };
        node.children.set(key, child);
      }
      node = child;
      node.total++;
      if (isChosen) node.chosen++;
      if (/[A-Z0-9]/.test(name.charAt(i + 1))) node.boundary = true;
    }
    node.name ??= name;
  }
  return root;
}

interface Cover {
  cost: number;
  entries: string[];
}

export interface CompressOptions {
  /** Characters each entry costs besides its own text: quotes, comma, the `prefix:`. Default 7 (`"ec2:",`). */
  entryOverhead?: number;
}

/**
 * The shortest entries (without the service prefix) matching exactly `chosen` among `all`, the
 * catalog's action names of one service. Names of `chosen` that are not in `all` are left out:
 * callers keep such entries as written.
 */
export function compressActions(
  chosen: Iterable<string>,
  all: readonly string[],
  options: CompressOptions = {},
): string[] {
  const overhead = options.entryOverhead ?? 7;
  const wanted = new Set([...chosen].map((n) => n.toLowerCase()));
  const root = buildTrie(all, wanted);
  if (root.chosen === 0) return [];
  const cover = (node: TrieNode): Cover => {
    if (node.chosen === 0) return { cost: 0, entries: [] };
    const one: Cover = { cost: 0, entries: [] };
    if (node.name !== undefined && wanted.has(node.name.toLowerCase())) {
      one.cost += node.name.length + overhead;
      one.entries.push(node.name);
    }
    for (const child of node.children.values()) {
      const part = cover(child);
      one.cost += part.cost;
      one.entries.push(...part.entries);
    }
    if (node.boundary && node.chosen === node.total && node.chosen >= 2) {
      const wildcard = node.prefix.length + 1 + overhead;
      if (wildcard <= one.cost) return { cost: wildcard, entries: [`${node.prefix}*`] };
    }
    return one;
  };
  return cover(root).entries.sort((a, b) => a.localeCompare(b));
}
