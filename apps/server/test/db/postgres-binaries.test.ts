// Run as root, the server starts PostgreSQL as the `postgres` user, which cannot run programs
// inside a folder only root may enter (a clone in /root or in a `mktemp -d` directory). Then the
// programs' folder is copied once to the temporary directory, where any user may run them.
import { chmod, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresBinaries, reachableBinaries } from '../../src/db/postgres-binaries.js';

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** A stand-in for the package's native folder: bin/initdb, bin/postgres, lib with a link. */
async function fakeNative(parentMode: number) {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-pgbin-test-'));
  made.push(parent);
  await chmod(parent, parentMode);
  const native = path.join(parent, 'native');
  await mkdir(path.join(native, 'bin'), { recursive: true });
  await mkdir(path.join(native, 'lib'), { recursive: true });
  await writeFile(path.join(native, 'bin', 'initdb'), '#!/bin/sh\necho initdb\n', { mode: 0o755 });
  await writeFile(path.join(native, 'bin', 'postgres'), '#!/bin/sh\necho postgres\n', { mode: 0o755 });
  await writeFile(path.join(native, 'lib', 'libpq.so.5.18'), 'library');
  await symlink('libpq.so.5.18', path.join(native, 'lib', 'libpq.so.5'));
  for (let dir = parent; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    // The test needs the folders above its own to be open, as /tmp is.
    if (dir !== parent && ((await stat(dir)).mode & 0o001) === 0) return undefined;
  }
  return { initdb: path.join(native, 'bin', 'initdb'), postgres: path.join(native, 'bin', 'postgres') };
}

describe('PostgreSQL programs another user can run', () => {
  it('uses the programs where they are when every folder above them lets others through', async () => {
    const binaries = await fakeNative(0o755);
    if (!binaries) return;
    expect(await reachableBinaries(binaries)).toEqual(binaries);
  });

  it('copies them, once, to the temporary directory when a folder above them is closed to others', async () => {
    const binaries = await fakeNative(0o700);
    if (!binaries) return;
    const moved = await reachableBinaries(binaries);
    made.push(path.dirname(path.dirname(moved.initdb)));
    expect(moved.initdb.startsWith(os.tmpdir() + path.sep)).toBe(true);
    expect(moved.initdb).not.toBe(binaries.initdb);
    expect(await readFile(moved.initdb, 'utf8')).toBe(await readFile(binaries.initdb, 'utf8'));
    expect(await readFile(moved.postgres, 'utf8')).toContain('echo postgres');
    expect((await stat(moved.initdb)).mode & 0o111).toBe(0o111);
    const lib = path.join(path.dirname(path.dirname(moved.initdb)), 'lib');
    expect(await readlink(path.join(lib, 'libpq.so.5'))).toBe('libpq.so.5.18');
    const copy = path.dirname(path.dirname(moved.initdb));
    expect((await stat(copy)).mode & 0o777).toBe(0o755);
    // The second call finds the copy and makes no other.
    expect(await reachableBinaries(binaries)).toEqual(moved);
  });

  it('refuses a copy someone else could write into', async () => {
    const binaries = await fakeNative(0o700);
    if (!binaries) return;
    const moved = await reachableBinaries(binaries);
    const copy = path.dirname(path.dirname(moved.initdb));
    made.push(copy);
    await chmod(copy, 0o777);
    await expect(reachableBinaries(binaries)).rejects.toThrow(/not this user's own copy/);
  });

  it("finds this machine's real programs", async () => {
    const real = await postgresBinaries();
    const usable = await reachableBinaries(real);
    expect((await stat(usable.initdb)).isFile()).toBe(true);
    expect((await stat(usable.postgres)).isFile()).toBe(true);
  });
});
