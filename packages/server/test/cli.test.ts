import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
const cli = path.resolve(import.meta.dirname, '../src/cli.ts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-'));

/** Runs the CLI as a user would, on a SQLite database of its own. */
async function cliRun(...args: string[]): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, SHANGLIANG_DEMO: 'false' };
  delete env.DATABASE_URL;
  try {
    const { stdout } = await run(tsx, [cli, ...args], { env });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe('命令行工具', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the first administrator on a database without demo data, refusing a weak password', async () => {
    const weak = await cliRun('create-admin', '--username', 'zhangsan', '--password', 'weak');
    expect(weak.code).toBe(1);
    expect(weak.out).toMatch(/密码长度不足/);
    const ok = await cliRun('create-admin', '--username', 'zhangsan', '--password', 'Chief#2026x', '--name', '张三');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('已创建系统管理员 zhangsan');
    const again = await cliRun('create-admin', '--username', 'zhangsan', '--password', 'Chief#2026x');
    expect(again.code).toBe(1);
    const db = new SQLite(path.join(dir, 'shangliang.db'), { readonly: true });
    const counties = db.prepare("select count(*) n from organisations where kind = 'county'").get() as { n: number };
    const users = db.prepare('select username from users').all() as { username: string }[];
    db.close();
    expect(counties.n).toBe(17);
    expect(users.map((u) => u.username)).toEqual(['zhangsan']);
  });

  it('resets a password (forcing a change), backs up online, and seeds the demo data once', async () => {
    const reset = await cliRun('reset-password', '--username', 'zhangsan', '--password', 'Chief#2027y');
    expect(reset.out).toContain('下次登录须修改');
    const file = path.join(dir, 'backup', 'b.db');
    const backup = await cliRun('backup', file);
    expect(backup.code).toBe(0);
    const copy = new SQLite(file, { readonly: true });
    const row = copy.prepare("select must_change_password m from users where username = 'zhangsan'").get() as { m: number };
    copy.close();
    expect(row.m).toBe(1);
    expect((await cliRun('backup', file)).code).toBe(1);
    expect((await cliRun('seed-demo')).out).toContain('yaodu-office');
    expect((await cliRun('seed-demo')).out).toContain('均已存在');
    expect((await cliRun('nonsense')).out).toContain('未知命令');
  });
});
