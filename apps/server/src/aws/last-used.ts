import type { AppDeps } from '../services/service-context.js';

// An access key's last use (date, service, region) is written at most once a minute per key
// and service/region, so a busy key is not a database write per request. AWS reports it with
// a delay too ("last used" is approximate there).
const WRITE_INTERVAL_MS = 60_000;
const lastWritten = new Map<string, number>();

export async function recordKeyUse(
  deps: AppDeps,
  accessKeyId: string,
  service: string,
  region: string,
  now: Date,
): Promise<void> {
  const memo = `${accessKeyId}\u0000${service}\u0000${region}`;
  const previous = lastWritten.get(memo);
  if (previous !== undefined && now.getTime() - previous < WRITE_INTERVAL_MS && now.getTime() >= previous)
    return;
  lastWritten.set(memo, now.getTime());
  if (lastWritten.size > 100_000) lastWritten.clear();
  try {
    await deps.db.accessKey.updateMany({
      where: { id: accessKeyId },
      data: { lastUsedAt: now, lastUsedService: service, lastUsedRegion: region },
    });
  } catch (err) {
    lastWritten.delete(memo);
    deps.log.warn({ err, accessKeyId }, 'could not record access key last use');
  }
}
