// The catalog's chunks, read once and kept in memory with their gzip form: the files are
// immutable for the life of the process (a new catalog comes with a new build and restart).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ChunkManifest } from '@gatehouse/catalog';
import { AppError } from '../../errors/app-error.js';

const gzipAsync = promisify(gzip);

export interface CatalogFile {
  raw: Buffer;
  gzipped: Buffer;
  sha256: string;
}

const SERVICE_PREFIX = /^[a-z0-9][a-z0-9-]*$/;

export class CatalogFiles {
  private manifest?: Promise<ChunkManifest>;
  private readonly files = new Map<string, Promise<CatalogFile>>();
  private entry?: Promise<CatalogFile>;

  constructor(private readonly dir: string) {}

  /** The hash over every chunk: part of each immutable URL. */
  async hash(): Promise<string> {
    return (await this.loadManifest()).sha256;
  }

  /** `index.json`, `global-condition-keys.json` or `services/<prefix>.json`; NoSuchEntity otherwise. */
  async file(path: string): Promise<CatalogFile> {
    const manifest = await this.loadManifest();
    const entry = manifest.files[path];
    if (!entry) throw new AppError('NoSuchEntity', `the catalog has no file \`${path}\``);
    let file = this.files.get(path);
    if (!file) {
      file = this.read(path, entry.sha256);
      this.files.set(path, file);
      file.catch(() => this.files.delete(path));
    }
    return file;
  }

  /**
   * The index as the console first asks for it: the catalog's hash and where its chunks are,
   * then the service list. Built once, kept gzipped like the chunks.
   */
  async entryIndex(): Promise<CatalogFile> {
    if (!this.entry) {
      this.entry = this.buildEntryIndex();
      this.entry.catch(() => (this.entry = undefined));
    }
    return this.entry;
  }

  private async buildEntryIndex(): Promise<CatalogFile> {
    const hash = await this.hash();
    const index = JSON.parse((await this.file('index.json')).raw.toString('utf8')) as object;
    const raw = Buffer.from(JSON.stringify({ hash, base: `/api/catalog/${hash}`, ...index }));
    return { raw, gzipped: await gzipAsync(raw), sha256: `entry-${hash}` };
  }

  /** The chunk of service `prefix`, or NoSuchEntity naming the service. */
  async service(prefix: string): Promise<CatalogFile> {
    const lower = prefix.toLowerCase();
    const manifest = await this.loadManifest();
    if (!SERVICE_PREFIX.test(lower) || !manifest.files[`services/${lower}.json`]) {
      throw new AppError('NoSuchEntity', `the catalog has no service \`${prefix}\``);
    }
    return this.file(`services/${lower}.json`);
  }

  private loadManifest(): Promise<ChunkManifest> {
    if (!this.manifest) {
      this.manifest = readFile(join(this.dir, 'manifest.json'), 'utf8').then(
        (text) => JSON.parse(text) as ChunkManifest,
        (err: unknown) => {
          this.manifest = undefined;
          throw new AppError('ServiceFailure', 'the service catalog is not built', {
            internal: `cannot read ${this.dir}/manifest.json: ${String(err)}`,
          });
        },
      );
    }
    return this.manifest;
  }

  private async read(path: string, sha256: string): Promise<CatalogFile> {
    const raw = await readFile(join(this.dir, path));
    return { raw, gzipped: await gzipAsync(raw, { level: 9 }), sha256 };
  }
}
