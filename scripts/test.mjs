#!/usr/bin/env node
// npm test: type check, then every suite (core, server on SQLite/PostgreSQL, browser), then one
// closing line "N passed, N failed" over all of them. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-test-'));
const results = [];

function run(label, cmd, args, cwd = root) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function vitest(label, dir) {
  const out = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`], path.join(root, dir));
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (fs.existsSync(out)) {
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
  }
  results.push({ label, passed, failed });
}

const typed = run('类型检查 typecheck', bin('tsc'), ['-b', 'packages/core', 'packages/server', 'packages/web', 'e2e']);
results.push({ label: 'typecheck', passed: typed ? 1 : 0, failed: typed ? 0 : 1 });
vitest('core', 'packages/core');
vitest('server', 'packages/server');
if (run('构建前端 web build', 'npm', ['run', '-s', 'build:web'])) vitest('e2e', 'e2e');
else results.push({ label: 'e2e (web build failed)', passed: 0, failed: 1 });

console.log('\n=== 汇总 summary ===');
const engines = process.env.TEST_POSTGRES_URL ? 'SQLite + PostgreSQL' : 'SQLite only (set TEST_POSTGRES_URL for PostgreSQL)';
console.log(`server engines: ${engines}`);
for (const r of results) console.log(`${r.label}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
fs.rmSync(reports, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
