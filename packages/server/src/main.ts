import path from 'node:path';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openConfiguredDatabase } from './runtime.js';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/seed-demo.js';
import { seedIfEmpty } from './seed/seed.js';

const started = performance.now();
const config = loadConfig();
const db = await openConfiguredDatabase(config);
const seeded = await seedIfEmpty(db, { demo: config.demo });
const app = await buildApp({
  db,
  uploadsDir: path.join(config.dataDir, 'uploads'),
  webDist: config.webDist,
  logLevel: config.logLevel,
  secureCookies: config.secureCookies,
  trustProxy: config.trustProxy,
  // Answers are not re-checked against their schemas in production (cost at city scale); tests check them.
  responseValidation: 'plain',
  notifications: { mail: config.mail, sms: config.sms, publicUrl: config.publicUrl },
});
await app.listen({ port: config.port, host: config.host });

const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
const lines = [
  '',
  '  有事来商量 协商议事平台 已启动',
  `  门户首页  ${url}/`,
  `  管理后台  ${url}/console/`,
  `  接口文档  ${url}/api/docs`,
  `  数据库    ${db.engine === 'sqlite' ? `SQLite（${config.dataDir}）` : 'PostgreSQL'}`,
  `  启动用时  ${Math.round(performance.now() - started)} ms`,
];
if (seeded === 'seeded-demo' || (seeded === 'kept' && config.demo)) {
  lines.push(`  演示账号（密码均为 ${DEMO_PASSWORD}）：`, `    ${DEMO_USERS.map((u) => u.username).join('  ')}`);
}
if (seeded === 'seeded') lines.push('  已写入组织机构。请用 npm run cli -- create-admin 创建首个管理员。');
console.log(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => db.close()).then(() => process.exit(0));
  });
}
