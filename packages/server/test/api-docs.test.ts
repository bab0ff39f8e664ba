import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';

/** The main GET answers whose shapes /api/docs must show (issue 12). */
const DOCUMENTED_GETS = [
  '/api/auth/me',
  '/api/workbench',
  '/api/orgs',
  '/api/orgs/{id}',
  '/api/venues',
  '/api/contact-points',
  '/api/users',
  '/api/users/{id}',
  '/api/audit',
  '/api/public/counties',
  '/api/public/contact-points',
  '/api/public/regulation',
  '/api/public/track/{code}',
  '/api/public/solicitations',
  '/api/proposals',
  '/api/proposals/{id}',
  '/api/solicitations',
  '/api/plans',
  '/api/topics',
  '/api/topics/{id}',
  '/api/handling/items',
  '/api/handling/items/{id}',
  '/api/handling/summary',
  '/api/handling/settings',
];

interface OpenApiDoc {
  readonly paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: { properties?: object } }> }> }>>;
}

// The document is built from the routes alone, so one engine is enough.
describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demo: false });
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(async () => t.close());

  it.each(DOCUMENTED_GETS)('shows what GET %s answers', (path) => {
    const schema = doc.paths[path]?.get?.responses?.['200']?.content?.['application/json']?.schema;
    expect(schema?.properties, `GET ${path} has no 200 response schema with properties`).toBeDefined();
    expect(Object.keys(schema!.properties!).length).toBeGreaterThan(0);
  });
});
