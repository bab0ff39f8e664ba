import fs from 'node:fs';
import path from 'node:path';

/**
 * The server package's folder, found by walking up from this module. It holds whether the server runs
 * from its TypeScript sources (src/) or from the bundle (dist/), whose modules share one location.
 */
function findServerRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === '@shangliang/server') return dir;
    if (path.dirname(dir) === dir) throw new Error(`找不到 @shangliang/server 的 package.json（自 ${from} 向上）`);
  }
}

/** packages/server */
export const SERVER_ROOT = findServerRoot(import.meta.dirname);
/** The repository root (two levels above the server package). */
export const REPO_ROOT = path.resolve(SERVER_ROOT, '../..');
