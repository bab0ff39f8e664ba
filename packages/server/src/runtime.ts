import path from 'node:path';
import type { Config } from './config.js';
import { type Db, openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';

/** Opens the configured database and brings its schema up to date. */
export async function openConfiguredDatabase(config: Config): Promise<Db> {
  const db = openDatabase({ url: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'shangliang.db') });
  await migrate(db);
  return db;
}
