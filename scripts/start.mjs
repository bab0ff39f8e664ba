#!/usr/bin/env node
// npm start: builds the web app and the server bundle when their sources are newer than the build
// (after `npm install` they are fresh, so nothing is built), then runs the server's JavaScript.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const at = (...p) => path.join(root, ...p);

/** The newest modification time of the files under the given paths (0 when none exist). */
function newest(paths) {
  let max = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else max = Math.max(max, stat.mtimeMs);
  };
  paths.forEach(visit);
  return max;
}

const builtAt = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1);

const core = [at('packages/core/src'), at('packages/core/package.json')];
if (builtAt(at('packages/web/dist/index.html')) < newest([...core, at('packages/web/src'), at('packages/web/public'), at('packages/web/index.html'), at('packages/web/vite.config.ts')])) {
  console.log('构建前端……');
  const r = spawnSync('npm', ['run', '-s', 'build:web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const bundle = at('packages/server/dist/server.js');
if (builtAt(bundle) < newest([...core, at('packages/server/src'), at('packages/server/package.json')])) {
  const { buildServer } = await import('./build-server.mjs');
  await buildServer();
}
await import(pathToFileURL(bundle).href);
