import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database.js';

/**
 * Backs up the database. SQLite: an online backup (consistent while the server runs).
 * PostgreSQL: the pg_dump command to run, since a dump belongs to the database's own tools.
 */
export async function backupDatabase(db: Db, file: string, databaseUrl: string | null): Promise<string> {
  if (!db.sqlite) {
    const url = new URL(databaseUrl ?? 'postgres://localhost/shangliang');
    if (url.password) url.password = '******';
    return `PostgreSQL 请使用 pg_dump 备份，例如：\n  pg_dump --format=custom --file=${JSON.stringify(file)} "${url.toString()}"`;
  }
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new Error(`文件已存在：${target}（为防止覆盖，请换一个文件名）`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await db.sqlite.backup(target);
  return `已备份到 ${target}（${Math.round(fs.statSync(target).size / 1024)} KB）`;
}
