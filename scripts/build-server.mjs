#!/usr/bin/env node
// Bundles the server (and the core package it imports) into packages/server/dist/server.js, so that
// `npm start` runs plain JavaScript instead of transpiling TypeScript at every start. Dependencies stay in
// node_modules. Takes a fraction of a second; `npm install` runs it (prepare), and `npm start` when stale.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const server = path.join(root, 'packages/server');
const manifest = JSON.parse(fs.readFileSync(path.join(server, 'package.json'), 'utf8'));
const core = JSON.parse(fs.readFileSync(path.join(root, 'packages/core/package.json'), 'utf8'));
const external = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(core.dependencies ?? {})].filter((d) => !d.startsWith('@shangliang/'));

/** Builds the bundle (of main.ts, or of another entry such as the benchmark's server); returns its path. */
export async function buildServer(entry = path.join(server, 'src/main.ts'), outfile = path.join(server, 'dist/server.js')) {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    external: [...external, ...external.map((d) => `${d}/*`), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const out = await buildServer();
  console.log(`服务端已构建：${path.relative(root, out)}（${Math.round(performance.now() - started)} ms）`);
}
