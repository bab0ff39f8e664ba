import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshPostgresDatabase } from './harness.js';

const run = promisify(execFile);
const tsx = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
const cli = path.resolve(import.meta.dirname, '../src/cli.ts');

/** A database of the CLI's own: a SQLite folder, or a fresh PostgreSQL database; with a way to read it. */
interface CliDb {
  readonly env: NodeJS.ProcessEnv;
  query<T>(text: string): Promise<T[]>;
  drop(): Promise<void>;
}

async function cliDb(engine: 'sqlite' | 'postgres', dir: string): Promise<CliDb> {
  if (engine === 'sqlite') {
    return {
      env: { DATA_DIR: dir },
      async query<T>(text: string) {
        const db = new SQLite(path.join(dir, 'shangliang.db'), { readonly: true });
        try {
          return db.prepare(text).all() as T[];
        } finally {
          db.close();
        }
      },
      drop: async () => undefined,
    };
  }
  const { url, drop } = await freshPostgresDatabase('sl_cli');
  return {
    env: { DATA_DIR: dir, DATABASE_URL: url },
    async query<T>(text: string) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return (await c.query(text)).rows as T[];
      } finally {
        await c.end();
      }
    },
    drop,
  };
}

describe.each(engines())('命令行工具（%s）', (engine) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-'));
  let db: CliDb;
  beforeAll(async () => {
    db = await cliDb(engine, dir);
  });
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the CLI as a user would, on its own database, without demo data. */
  async function cliRun(...args: string[]): Promise<{ code: number; out: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, SHANGLIANG_DEMO: 'false', ...db.env };
    if (!db.env.DATABASE_URL) delete env.DATABASE_URL;
    try {
      const { stdout } = await run(tsx, [cli, ...args], { env });
      return { code: 0, out: stdout };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout + err.stderr };
    }
  }

  it('creates the first administrator on a database without demo data, refusing a weak password', async () => {
    const weak = await cliRun('create-admin', '--username', 'zhangsan', '--password', 'weak');
    expect(weak.code).toBe(1);
    expect(weak.out).toMatch(/密码长度不足/);
    const ok = await cliRun('create-admin', '--username', 'zhangsan', '--password', 'Chief#2026x', '--name', '张三');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('已创建系统管理员 zhangsan');
    const again = await cliRun('create-admin', '--username', 'zhangsan', '--password', 'Chief#2026x');
    expect(again.code).toBe(1);
    const counties = await db.query<{ n: number | string }>("select count(*) as n from organisations where kind = 'county'");
    expect(Number(counties[0]!.n)).toBe(17);
    expect((await db.query<{ username: string }>('select username from users')).map((u) => u.username)).toEqual(['zhangsan']);
  }, 120_000);

  it('resets a password (forcing a change), backs up, and seeds the demo data once', async () => {
    const reset = await cliRun('reset-password', '--username', 'zhangsan', '--password', 'Chief#2027y');
    expect(reset.out).toContain('下次登录须修改');
    const row = await db.query<{ m: number }>("select must_change_password as m from users where username = 'zhangsan'");
    expect(Number(row[0]!.m)).toBe(1);
    const file = path.join(dir, 'backup', 'b.db');
    const backup = await cliRun('backup', file);
    expect(backup.code).toBe(0);
    if (engine === 'sqlite') {
      const copy = new SQLite(file, { readonly: true });
      expect((copy.prepare("select must_change_password m from users where username = 'zhangsan'").get() as { m: number }).m).toBe(1);
      copy.close();
      expect((await cliRun('backup', file)).code).toBe(1);
    } else {
      // A PostgreSQL dump belongs to pg_dump: the CLI says how, without the password.
      expect(backup.out).toContain('pg_dump');
    }
    expect((await cliRun('seed-demo')).out).toContain('yaodu-office');
    expect((await cliRun('seed-demo')).out).toContain('均已存在');
    expect((await cliRun('nonsense')).out).toContain('未知命令');
  }, 180_000); // six CLI processes, each starting TypeScript
});
