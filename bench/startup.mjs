#!/usr/bin/env node
// Measures the time from starting the server as `npm start` does (node scripts/start.mjs: the build is
// fresh, so it runs the server bundle) to a 200 from /api/health: on an empty database (migrations + seed)
// and on an existing one. Beside it, alternating, a floor: a bare Node HTTP server started the same way.
// Not part of npm test.
//   node bench/startup.mjs [runs]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 3);

const FLOOR = "require('node:http').createServer((q, s) => s.end('{}')).listen(Number(process.env.PORT), '127.0.0.1')";

async function once(dataDir, floor = false) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const started = performance.now();
  const child = spawn(process.execPath, floor ? ['-e', FLOOR] : ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) return performance.now() - started;
      } catch {
        /* not up yet */
      }
      if (performance.now() - started > 60_000) throw new Error('server did not start in 60 s');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold = [];
const warm = [];
const floor = [];
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-bench-'));
  cold.push(await once(dir));
  floor.push(await once(dir, true));
  warm.push(await once(dir));
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`start → ready, empty database (migrate + seed): median ${Math.round(median(cold))} ms of ${runs}`);
console.log(`start → ready, existing database:                median ${Math.round(median(warm))} ms of ${runs}`);
console.log(`floor (bare node http server):                   median ${Math.round(median(floor))} ms of ${runs}`);
console.log(`existing database minus floor:                   ${Math.round(median(warm) - median(floor))} ms`);
