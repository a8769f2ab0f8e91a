// Prisma's schema engine (migrations, diffs) as WebAssembly, so that no native engine has to be
// downloaded. The package's ESM entry imports the .wasm file as a module, which Node 20 only
// allows behind a flag; we instantiate the same .wasm by hand against its JS glue instead.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as GlueModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

type WasmExports = Record<string, unknown>;
type Glue = typeof GlueModule & { __wbg_set_wasm(exports: WasmExports): void };

/** The slice of the WebAssembly global we use (the project's TS lib has no DOM types). */
const { WebAssembly } = globalThis as unknown as {
  WebAssembly: {
    instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }>;
  };
};

let glue: Promise<Glue> | undefined;

/** The engine reports a Rust panic's message here just before it aborts. */
let lastPanicMessage: string | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanicMessage = message;
  },
};

export function takeSchemaEnginePanic(): string | undefined {
  const message = lastPanicMessage;
  lastPanicMessage = undefined;
  return message;
}

async function loadGlue(): Promise<Glue> {
  const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Glue;
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(
    path.dirname(require.resolve('@prisma/schema-engine-wasm')),
    'schema_engine_bg.wasm',
  );
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    './schema_engine_bg.js': bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

// PostgreSQL's internal one-byte `"char"` type (e.g. `pg_constraint.contype`) is read by the
// engine's introspection as a character column, but @prisma/adapter-pg 7.10 has no mapping for
// its type id and fails with "Column type 'char' could not be deserialized". The pg client below
// hides that type id from the adapter and remembers the columns; the adapter wrapper then tags
// them as Character, which is what the engine expects.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const charColumnsByRows = new WeakMap<object, number[]>();

function hideCharColumns<R>(res: R): R {
  const result = res as pg.QueryResult | undefined;
  if (!result?.fields || !result.rows) return res;
  const indexes: number[] = [];
  result.fields.forEach((field, i) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      indexes.push(i);
    }
  });
  if (indexes.length > 0) charColumnsByRows.set(result.rows, indexes);
  return res;
}

class CharAwareClient extends pg.Client {
  // pg.Client.query has many overloads; this wrapper only looks at the result's field types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (err: Error | null, res: unknown) => callback(err, err ? res : hideCharColumns(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    return result && typeof result.then === 'function' ? result.then(hideCharColumns) : result;
  }
}

function tagCharColumns(result: SqlResultSet): SqlResultSet {
  const indexes = charColumnsByRows.get(result.rows);
  if (!indexes) return result;
  const columnTypes = [...result.columnTypes];
  for (const i of indexes) columnTypes[i] = ColumnTypeEnum.Character;
  return { ...result, columnTypes };
}

/** Runs a whole migration script in one simple-protocol query, as Prisma's native engine does. */
async function executeWholeScript(target: SqlQueryable, script: string): Promise<void> {
  const inner = target as unknown as { client: pg.Pool | pg.PoolClient; onError(e: unknown): never };
  try {
    await inner.client.query(script);
  } catch (error) {
    inner.onError(error);
  }
}

/**
 * The adapter with two gaps of @prisma/adapter-pg 7.10 closed for the schema engine: `"char"`
 * columns (above), and `executeScript`, which splits the script on every `;` and so breaks
 * semicolons inside comments, strings and function bodies.
 */
function patched<T extends SqlQueryable>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'queryRaw') return async (q: SqlQuery) => tagCharColumns(await target.queryRaw(q));
      if (prop === 'executeScript') return (script: string) => executeWholeScript(target, script);
      if (prop === 'startTransaction') {
        return async (...a: unknown[]) =>
          patched(await (target as unknown as SqlDriverAdapter).startTransaction(...(a as [])));
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function patchedFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg(pool);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => patched(await inner.connect()),
    connectToShadowDb: async () => patched(await inner.connectToShadowDb()),
  };
}

export interface SchemaEngineOptions {
  databaseUrl: string;
  schemaText: string;
  onLog?: (message: string) => void;
}

/**
 * Runs `work` with a schema engine connected to `databaseUrl`, then frees the engine and
 * closes its connections (a lingering connection would, for one, block CREATE DATABASE ...
 * TEMPLATE on the migrated database).
 */
export async function withSchemaEngine<T>(
  options: SchemaEngineOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  glue ??= loadGlue();
  const bg = await glue;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2, Client: CharAwareClient });
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(patchedFactory(pool));
    const onLog = options.onLog ?? (() => undefined);
    const engine = await bg.SchemaEngine.new(
      { datamodels: [['schema.prisma', options.schemaText]] },
      onLog,
      adapter,
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}
