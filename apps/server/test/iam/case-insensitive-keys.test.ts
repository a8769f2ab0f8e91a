// Names and tag keys are unique without case by one definition, nameKey() (JavaScript's
// locale-independent toLowerCase), and the database enforces uniqueness on the stored key. The
// database must not fold case itself: its lower() follows the server's locale (C on the embedded
// server, whatever an external server was initialised with), so it disagrees with the
// application on non-ASCII letters everywhere, and on ASCII under a Turkish locale (I → ı).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrations.js';
import { nameKey } from '../../src/db/name-key.js';
import { prismaPaths } from '../../src/db/paths.js';
import { newUniqueId } from '../../src/model/unique-ids.js';
import { createAccount } from '../../src/services/accounts/create-account.js';

const LETTER = /^\p{L}$/u;

function everyLetter(): string[] {
  const letters: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (LETTER.test(c)) letters.push(c);
  }
  return letters;
}

describe('nameKey', () => {
  const letters = everyLetter();

  it('folds every Unicode letter to at most two characters, and is stable when applied again', () => {
    const bad = letters.filter((c) => {
      const key = nameKey(c);
      return [...key].length > 2 || nameKey(key) !== key;
    });
    expect(bad).toEqual([]);
    // Tag.keyLower holds twice the 128 characters a tag key may have.
    expect([...nameKey('İ'.repeat(128))].length).toBe(256);
  });

  it('agrees with ASCII lower case on IAM names', () => {
    expect(nameKey('Admin-Team_01@x.COM')).toBe('admin-team_01@x.com');
    expect(nameKey('ISSUER')).toBe('issuer');
  });
});

// A database initialised with another locale, as an external server may be, migrated from scratch.
const databases: { name: string; db: Db }[] = [];

async function migratedDatabase(localeClause: string): Promise<Db> {
  const pattern = inject('databaseUrlPattern');
  const name = `locale_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pattern.replace('__DATABASE__', 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' ${localeClause}`);
  } finally {
    await admin.end();
  }
  const url = pattern.replace('__DATABASE__', name);
  await applyMigrations(url, prismaPaths());
  const db = createDb(url, { poolSize: 2 });
  databases.push({ name, db });
  return db;
}

afterAll(async () => {
  const pattern = inject('databaseUrlPattern');
  for (const { db } of databases) await db.$disconnect();
  const admin = new pg.Client({ connectionString: pattern.replace('__DATABASE__', 'postgres') });
  await admin.connect();
  try {
    for (const { name } of databases) await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  } finally {
    await admin.end();
  }
});

describe.each([
  ['the embedded default (C)', "LOCALE 'C'"],
  ['libc C.UTF-8', "LOCALE 'C.utf8'"],
  ['ICU Turkish', "LOCALE 'C.utf8' LOCALE_PROVIDER icu ICU_LOCALE 'tr-TR'"],
])('a database with %s', (_label, localeClause) => {
  it('stores what the application computes, and still refuses keys equal without case', async () => {
    const db = await migratedDatabase(localeClause);
    const account = await db.$transaction((tx) =>
      createAccount({
        tx,
        now: new Date(),
        email: `Root-${randomBytes(3).toString('hex')}@Example.com`,
        password: 'Correct-Horse-9',
      }),
    );
    const accountId = account.id;
    const user = async (name: string) =>
      db.user.create({ data: { id: newUniqueId('user'), accountId, name, nameLower: nameKey(name) } });
    const admin = await user('ADMIN-ISSUER');
    await expect(user('admin-issuer')).rejects.toThrow();

    const keys = ['Ä', 'É', 'Ω', 'ǅ', 'İ', 'TITLE', 'İ'.repeat(128)];
    for (const key of keys) {
      await db.tag.create({ data: { accountId, userId: admin.id, key, keyLower: nameKey(key), value: '' } });
    }
    await expect(
      db.tag.create({ data: { accountId, userId: admin.id, key: 'ä', keyLower: nameKey('ä'), value: '' } }),
    ).rejects.toThrow();
    await expect(
      db.tag.create({ data: { accountId, userId: admin.id, key: 'ǆ', keyLower: nameKey('Ǆ'), value: '' } }),
    ).rejects.toThrow();
    expect(await db.tag.count({ where: { userId: admin.id } })).toBe(keys.length);
  });
});
