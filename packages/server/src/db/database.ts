import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type KyselyConfig, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/** Which engine a database runs on. */
export type Engine = 'sqlite' | 'postgres';

/** An open database with its engine. */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly engine: Engine;
  /** The SQLite handle (for online backup); null on PostgreSQL. */
  readonly sqlite: SQLite.Database | null;
  close(): Promise<void>;
}

// pg returns int8 (COUNT, bigserial) and numeric as strings: make both engines return numbers.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/** With SQL_SLOW_MS set, every statement slower than that many milliseconds is logged with its time. */
const slowLog = (): KyselyConfig['log'] => {
  const limit = Number(process.env.SQL_SLOW_MS);
  if (!process.env.SQL_SLOW_MS || !Number.isFinite(limit)) return undefined;
  return (event) => {
    if (event.queryDurationMillis >= limit) console.warn(`慢查询 ${event.queryDurationMillis.toFixed(1)} ms：${event.query.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
  };
};

/** Opens PostgreSQL when url is a postgres:// URL, otherwise SQLite at the given file. */
export function openDatabase(options: { url: string | null; sqliteFile: string }): Db {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle client can be cut off by the server (restart, failover): pg then emits 'error' on the pool,
    // which would crash the process without a listener. The pool replaces the client on next use.
    pool.on('error', (err) => console.warn(`PostgreSQL 空闲连接中断：${err.message}`));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: slowLog() });
    return { kysely, engine: 'postgres', sqlite: null, close: () => kysely.destroy() };
  }
  if (options.sqliteFile !== ':memory:') fs.mkdirSync(path.dirname(options.sqliteFile), { recursive: true });
  const sqlite = new SQLite(options.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log: slowLog() });
  return { kysely, engine: 'sqlite', sqlite, close: () => kysely.destroy() };
}
