import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { getCase } from '../use-cases/public/cases.js';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * GET /cases/:id — the portal page of a 典型案例, with its title and description in the HTML itself, so
 * that a link shared in WeChat shows them (link previews do not run the page's script).
 */
export function serveCasePreviews(app: FastifyInstance, dist: string): void {
  const index = path.join(dist, 'index.html');
  app.get('/cases/:id', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const html = await fs.promises.readFile(index, 'utf8');
    const { id } = request.params as { id: string };
    let out = html;
    try {
      const c = await getCase(request.ctx, id.slice(0, 64));
      const title = escape(`${c.title} · 典型案例 · 有事来商量`);
      const description = escape(`${c.countyName}：${c.summary}`);
      out = html
        .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
        .replace(/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${description}" />`)
        .replace('</head>', `    <meta property="og:type" content="article" />\n    <meta property="og:title" content="${title}" />\n    <meta property="og:description" content="${description}" />\n  </head>`);
    } catch {
      // Not a published case: the portal's page says so.
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(out);
  });
}
