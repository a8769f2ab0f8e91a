// The service picker's search: what the user typed, ranked as they mean it. "EC2" is Amazon EC2
// (prefix `ec2`), not the first of the dozen services whose names merely contain "EC2". Ranks, best
// first: the prefix itself; a word of the name or its acronym ("EC2", "SQS", "KMS"); the start of
// the prefix or of a word of the name; anywhere in the name, the prefix or their joined words.
import type { CatalogServiceSummary } from '@gatehouse/catalog';

const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s()/,-]+/)
    .filter(Boolean);

/** `Amazon Simple Queue Service` → `asqs`, `sqs`: initials, with and without the vendor word. */
function acronyms(name: string): string[] {
  const list = words(name);
  const initials = list.map((w) => w.charAt(0)).join('');
  const withoutVendor = /^(amazon|aws)$/.test(list[0] ?? '') ? initials.slice(1) : initials;
  return [initials, withoutVendor];
}

/** 0 is best; undefined when the service does not match at all. */
export function serviceRank(service: CatalogServiceSummary, query: string): number | undefined {
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  const prefix = service.prefix.toLowerCase();
  const nameWords = words(service.name);
  if (prefix === q) return 0;
  if (nameWords.includes(q) || acronyms(service.name).includes(q)) return 1;
  if (prefix.startsWith(q)) return 2;
  if (nameWords.some((w) => w.startsWith(q))) return 3;
  const name = service.name.toLowerCase();
  if (name.includes(q) || prefix.includes(q) || nameWords.join('').includes(q.replace(/\s+/g, ''))) return 4;
  return undefined;
}

/** The services matching `query`, best first; ties keep the shorter name first, then the catalog's order. */
export function rankServices<T extends CatalogServiceSummary>(services: readonly T[], query: string): T[] {
  return services
    .map((service, order) => ({ service, order, rank: serviceRank(service, query) }))
    .filter((r): r is { service: T; order: number; rank: number } => r.rank !== undefined)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.rank === 0 ? 0 : a.service.name.length - b.service.name.length) ||
        a.order - b.order,
    )
    .map((r) => r.service);
}
