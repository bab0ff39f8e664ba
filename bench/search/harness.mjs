// The load side of the search benchmark: child processes (the project's server, the floor) that print `READY <port>`,
// the wait for requests still in flight, sign-in, and one autocannon measurement whose percentiles are computed from
// every response time (autocannon's own summary has p50, p97.5 and p99 but no p95, the target of issue 11). The same
// mechanics as bench/scale.mjs (whose helpers live inside that script and cannot be imported).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    for (const c of children) c.kill('SIGKILL');
    process.exit(130);
  });

/** Starts `node <argv>` with the extra env; resolves with its port once it prints `READY <port>`; stderr goes to <logDir>/<name>.log. */
export function start(name, argv, env, { cwd, logDir }) {
  const child = spawn(process.execPath, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const logFile = path.join(logDir, `${name}.log`);
  child.stderr.pipe(fs.createWriteStream(logFile));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 600 s (see ${logFile})`)), 600_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /READY (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), logFile });
      }
    });
    child.once('exit', (code) => {
      children.delete(child);
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} (see ${logFile})`));
    });
  });
}

/** Stops a child: SIGTERM, then SIGKILL after 10 s. */
export async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
  children.delete(child);
}

/** CPU time (clock ticks) a process has used so far. */
function cpuTicks(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** A process's peak resident memory (VmHWM, MB). */
export function peakRssMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Waits until requests still in flight are done: the processes idle (under 5 % CPU for two consecutive 250 ms) and,
 * on PostgreSQL, no query of the database running. Returns the time waited.
 */
export async function drain(pids, databaseUrl, capMs = 180_000) {
  const started = performance.now();
  const client = databaseUrl ? new pg.Client({ connectionString: databaseUrl }) : null;
  await client?.connect();
  try {
    let quiet = 0;
    let last = pids.map(cpuTicks);
    while (performance.now() - started < capMs) {
      await sleep(250);
      const now = pids.map(cpuTicks);
      const busy = now.some((t, i) => t - last[i] > 1);
      last = now;
      const active = client ? Number((await client.query(`select count(*) as n from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`)).rows[0].n) : 0;
      quiet = busy || active ? 0 : quiet + 1;
      if (quiet >= 2) break;
    }
  } finally {
    await client?.end();
  }
  return Math.round(performance.now() - started);
}

/** Signs in with the demo password; answers the session cookie. */
export async function login(base, username, password) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sl_session='));
  if (!cookie) throw new Error(`login ${username}: no sl_session cookie`);
  return cookie.split(';')[0];
}

/** The q-th quantile of sorted numbers (nearest rank). */
export const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null);

/**
 * A request of a page, chosen at random per request: `paths` (GET) or `bodies` (POST JSON to `path`). Public POSTs
 * come from `ips` at random (X-Forwarded-For; the bench server trusts it), as residents' look-ups come from many
 * addresses — the route's own rate limit of 120 a minute is per address.
 */
export function requestOf(page, cookie, ips) {
  const headers = { ...(cookie ? { cookie } : {}), ...(page.bodies ? { 'content-type': 'application/json' } : {}) };
  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
  const make = () => ({
    method: page.bodies ? 'POST' : 'GET',
    path: page.bodies ? page.path : pick(page.paths),
    headers: ips ? { ...headers, 'x-forwarded-for': pick(ips) } : headers,
    ...(page.bodies ? { body: JSON.stringify(pick(page.bodies)) } : {}),
  });
  return { first: make(), setup: (req) => ({ ...req, ...make() }) };
}

/** One autocannon measurement at `connections`; percentiles (ms) over every response's time. */
export function measure(base, page, { cookie, ips, duration, connections }) {
  const { first, setup } = requestOf(page, cookie, ips);
  const times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections, duration, timeout: 30, requests: [{ ...first, setupRequest: setup }] },
      (err, result) => {
        if (err) return reject(err);
        times.sort((a, b) => a - b);
        resolve({
          rps: result['2xx'] / result.duration,
          p50: quantile(times, 0.5),
          p95: quantile(times, 0.95),
          p99: quantile(times, 0.99),
          max: times.at(-1) ?? null,
          ok: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          times,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}
