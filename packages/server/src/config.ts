import path from 'node:path';
import { REPO_ROOT } from './package-root.js';

/** Runtime settings, read once from the environment. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** postgres://… selects PostgreSQL; otherwise SQLite under dataDir. */
  readonly databaseUrl: string | null;
  /** SHANGLIANG_DEMO=false seeds only the organisations. */
  readonly demo: boolean;
  /** Where the built web app lives. */
  readonly webDist: string;
  /** Marks cookies Secure (set when served behind HTTPS). */
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly logLevel: string;
}

const root = REPO_ROOT;

/** Reads the configuration from environment variables (see README). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(root, 'data'));
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL?.trim() || null,
    demo: (env.SHANGLIANG_DEMO ?? 'true').toLowerCase() !== 'false',
    webDist: path.resolve(env.WEB_DIST ?? path.join(root, 'packages/web/dist')),
    secureCookies: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'warn',
  };
}
