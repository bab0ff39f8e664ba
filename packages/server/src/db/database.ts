import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type KyselyConfig, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
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
  /** The PostgreSQL URL (for LISTEN/NOTIFY on a connection of its own); null on SQLite. */
  readonly url?: string | null;
  /** Statements sent so far (a page's count is what its tests hold it to). */
  readonly stats: { readonly statements: number };
  close(): Promise<void>;
}

// pg returns int8 (COUNT, bigserial) and numeric as strings: make both engines return numbers.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/** Counts the statements; with SQL_SLOW_MS set, every statement slower than that many milliseconds is logged with its time. */
const statementLog = (stats: { statements: number }): KyselyConfig['log'] => {
  const limit = Number(process.env.SQL_SLOW_MS);
  const slow = !!process.env.SQL_SLOW_MS && Number.isFinite(limit);
  return (event) => {
    stats.statements++;
    if (slow && event.queryDurationMillis >= limit) console.warn(`慢查询 ${event.queryDurationMillis.toFixed(1)} ms：${event.query.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
  };
};

/**
 * better-sqlite3 compiles a statement for every query Kysely sends — a sixth of a page's CPU. Statements are
 * kept by their SQL text instead (the most recently used 500), as PostgreSQL's driver would plan them once;
 * SQLite recompiles a kept statement by itself after a schema change.
 */
export function keepStatements(db: SQLite.Database, max = 500): SqliteDatabase {
  const kept = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(text: string): SqliteStatement {
      let statement = kept.get(text);
      if (statement) kept.delete(text);
      else statement = db.prepare(text) as unknown as SqliteStatement;
      kept.set(text, statement);
      if (kept.size > max) kept.delete(kept.keys().next().value as string);
      return statement;
    },
  };
}

/** Opens PostgreSQL when url is a postgres:// URL, otherwise SQLite at the given file. */
export function openDatabase(options: { url: string | null; sqliteFile: string }): Db {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle client can be cut off by the server (restart, failover): pg then emits 'error' on the pool,
    // which would crash the process without a listener. The pool replaces the client on next use.
    pool.on('error', (err) => console.warn(`PostgreSQL 空闲连接中断：${err.message}`));
    const stats = { statements: 0 };
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: statementLog(stats) });
    return { kysely, engine: 'postgres', sqlite: null, url: options.url, stats, close: () => kysely.destroy() };
  }
  if (options.sqliteFile !== ':memory:') fs.mkdirSync(path.dirname(options.sqliteFile), { recursive: true });
  const sqlite = new SQLite(options.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 16 MiB of page cache instead of SQLite's 2 MiB: a city's years of topics are read at random (more would
  // take the server past its 250 MB under load).
  sqlite.pragma('cache_size = -16384');
  const stats = { statements: 0 };
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: keepStatements(sqlite) }), log: statementLog(stats) });
  return { kysely, engine: 'sqlite', sqlite, stats, close: () => kysely.destroy() };
}
