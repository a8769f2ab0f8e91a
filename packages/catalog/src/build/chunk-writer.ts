// Writes a build output directory: compact JSON files and a manifest of their content hashes,
// so a server can serve each file with long-lived immutable cache headers.
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ChunkEntry, ChunkManifest } from '../types.js';
import { compareNames } from '../compare-names.js';

export const MANIFEST_FILE = 'manifest.json';

/** Files read or written at once by the build. */
export const IO_CONCURRENCY = 16;

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export class ChunkWriter {
  private readonly entries = new Map<string, ChunkEntry>();
  private readonly directories = new Set<string>();

  private constructor(private readonly root: string) {}

  /** Starts an empty output directory (whatever was there is removed, so no stale chunk survives). */
  static async create(root: string): Promise<ChunkWriter> {
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    return new ChunkWriter(root);
  }

  /** Writes `value` as compact JSON at `path` (relative, `/`-separated) and records its hash. */
  async write(path: string, value: unknown): Promise<ChunkEntry> {
    if (path === MANIFEST_FILE || this.entries.has(path)) throw new Error(`chunk \`${path}\` written twice`);
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    const file = join(this.root, ...path.split('/'));
    const directory = dirname(file);
    if (!this.directories.has(directory)) {
      await mkdir(directory, { recursive: true });
      this.directories.add(directory);
    }
    await writeFile(file, bytes);
    const entry = { sha256: sha256(bytes), bytes: bytes.length };
    this.entries.set(path, entry);
    return entry;
  }

  /** Writes `manifest.json` and returns it. */
  async finish(): Promise<ChunkManifest> {
    const paths = [...this.entries.keys()].sort(compareNames);
    const files: Record<string, ChunkEntry> = {};
    for (const path of paths) files[path] = this.entries.get(path) as ChunkEntry;
    const manifest = {
      sha256: sha256(paths.map((path) => `${path} ${files[path]?.sha256}\n`).join('')),
      files,
    };
    await writeFile(join(this.root, MANIFEST_FILE), JSON.stringify(manifest));
    return manifest;
  }
}
