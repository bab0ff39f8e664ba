import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll } from 'vitest';
import { type AppOptions, buildApp } from '../src/app.js';
import { type Db, type Engine, openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/seed-demo.js';
import { seedOrganisations } from '../src/seed/seed-organisations.js';

/** The engines every integration test runs on: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export function engines(): Engine[] {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url && process.env.CI === 'true') throw new Error('CI=true 但未设置 TEST_POSTGRES_URL：PostgreSQL 测试不能跳过');
  return url ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A settable clock, so that tests fix the time. */
export class TestClock {
  constructor(public current = new Date('2026-11-28T02:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * A new PostgreSQL database on TEST_POSTGRES_URL's server — empty, or a copy of a template database:
 * its name, URL and how to drop it.
 */
export async function freshPostgresDatabase(prefix = 'sl_test', template?: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_POSTGRES_URL!;
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Migrates a new database and seeds the organisations and (when demo) the demo accounts. */
async function seedFresh(db: Db, at: Date, demo: boolean): Promise<void> {
  await migrate(db);
  await seedOrganisations(db, at);
  if (demo) await seedDemo(db, at);
}

/**
 * PostgreSQL databases migrated and seeded once per test file (vitest gives each file its own copy of
 * this module), by demo flag: copying one is several times cheaper than migrating a new one.
 */
const templates = new Map<boolean, Promise<string>>();
const dropTemplates: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of dropTemplates.splice(0)) await drop();
});

function postgresTemplate(demo: boolean, at: Date): Promise<string> {
  let template = templates.get(demo);
  if (!template) {
    template = (async () => {
      const { name, url, drop } = await freshPostgresDatabase('sl_tpl');
      dropTemplates.push(drop);
      const db = openDatabase({ url, sqliteFile: '' });
      try {
        await seedFresh(db, at, demo);
      } finally {
        await db.close(); // a template is copied only when nobody is connected to it
      }
      return name;
    })();
    templates.set(demo, template);
  }
  return template;
}

/** A fresh database with the Linfen organisations and (when demo) the demo accounts, seeded at that time. */
async function freshDb(engine: Engine, at: Date, demo: boolean): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const db = openDatabase({ url: null, sqliteFile: ':memory:' });
    await seedFresh(db, at, demo);
    return { db, drop: async () => undefined };
  }
  const { url, drop } = await freshPostgresDatabase('sl_test', await postgresTemplate(demo, at));
  return { db: openDatabase({ url, sqliteFile: '' }), drop };
}

/** A JSON answer: its status, body and headers; `T` is the body a test expects (an answer type of core, or ErrorAnswer). */
export interface Answer<T> {
  readonly status: number;
  readonly json: T;
  readonly headers: Record<string, unknown>;
}

/** One app on one fresh database, with helpers to sign in as the demo users. */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly clock: TestClock;
  /** Where this app stores uploads. */
  readonly uploadsDir: string;
  /** Signs in and returns the session cookie header value. */
  login(username: string, password?: string): Promise<string>;
  /**
   * Sends a JSON request as the user with that cookie; `T` names the answer expected (the body is not
   * checked against it). Left out, the body is `any`, so that untyped calls still compile.
   */
  call<T = any>(cookie: string | null, method: string, url: string, body?: unknown): Promise<Answer<T>>;
  /** Looks up an organisation id by its name. */
  orgId(name: string): Promise<string>;
  /** Looks up a user id by username. */
  userId(username: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds a test app on the engine, seeded with the organisations and (unless demo is false) the demo accounts. */
export async function createTestApp(engine: Engine, options: { demo?: boolean; app?: Partial<AppOptions> } = {}): Promise<TestApp> {
  const clock = new TestClock();
  const { db, drop } = await freshDb(engine, clock.now(), options.demo !== false);
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-uploads-'));
  const app = await buildApp({ db, now: clock.now, logLevel: process.env.TEST_LOG ?? 'silent', loginRateLimit: 1000, uploadsDir, sweepEveryMs: 0, responseValidation: 'strict', ...options.app, notifications: { deliverEveryMs: 0, scheduleEveryMs: 0, ...options.app?.notifications } });
  await app.ready();
  const call = async <T>(cookie: string | null, method: string, url: string, body?: unknown): Promise<Answer<T>> => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      ...(method === 'GET' ? {} : { payload: JSON.stringify(body ?? {}) }),
    });
    return { status: res.statusCode, json: (res.body ? safeJson(res.body) : null) as T, headers: res.headers };
  };
  return {
    app,
    db,
    clock,
    uploadsDir,
    call,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} → ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'sl_session');
      return `sl_session=${cookie!.value}`;
    },
    async orgId(name) {
      const row = await db.kysely.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow();
      return row.id;
    },
    async userId(username) {
      const row = await db.kysely.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      await app.close();
      await db.close();
      await drop();
      fs.rmSync(uploadsDir, { recursive: true, force: true });
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
