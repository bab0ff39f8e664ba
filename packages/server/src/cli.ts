import { parseArgs } from 'node:util';
import readline from 'node:readline/promises';
import { ANONYMOUS, checkPasswordStrength } from '@shangliang/core';
import { loadConfig } from './config.js';
import { openConfiguredDatabase } from './runtime.js';
import { backupDatabase } from './cli/backup.js';
import { createAdmin, resetPassword } from './cli/accounts.js';
import { seedDemo } from './seed/seed-demo.js';
import { seedIfEmpty } from './seed/seed.js';
import { seedHandlingDemo } from './seed/seed-handling-demo.js';
import { seedTopicsDemo } from './seed/seed-topics-demo.js';
import { seedRoomsDemo } from './seed/seed-rooms-demo.js';
import { seedCityDemo } from './seed/seed-city-demo.js';
import type { RequestContext } from './http/context.js';
import { simulateReminders } from './cli/simulate-reminders.js';
import { loadPlaceWords } from './search/dictionary.js';
import { reindexAll } from './search/index-records.js';

const USAGE = `用法：npm run cli -- <命令> [参数]
  create-admin --username <用户名> [--name <姓名>] [--password <密码>]   创建系统管理员
  reset-password --username <用户名> [--password <新密码>]               重置密码（下次登录须修改）
  backup <文件>                                                          备份数据库（SQLite 在线备份）
  seed-demo                                                              写入演示数据（已有的账号保留不变；尚无选题建议时写入演示议题）
  reindex                                                                重建全文检索索引
  simulate-reminders [--days 30]                                         在内存中的演示数据上逐日模拟到期提醒（不改动数据库）
未给出密码时将提示输入。数据库由 DATABASE_URL / DATA_DIR 指定，与 npm start 相同。`;

async function askPassword(prompt: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(prompt)).trim();
  } finally {
    rl.close();
  }
}

function fail(message: string): never {
  console.error(`错误：${message}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { username: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, days: { type: 'string' } },
});
const [command, ...rest] = positionals;
if (!command || command === 'help') {
  console.log(USAGE);
  process.exit(command ? 0 : 1);
}

if (command === 'simulate-reminders') {
  const days = Number(values.days ?? 30);
  if (!Number.isInteger(days) || days < 1 || days > 366) fail('--days 应为 1 到 366 之间的整数');
  for (const line of await simulateReminders(days)) console.log(line);
  process.exit(0);
}

const config = loadConfig();
const db = await openConfiguredDatabase(config);
const ctx: RequestContext = { db, now: new Date(), actor: ANONYMOUS, user: null, ip: null, userAgent: 'cli' };
try {
  switch (command) {
    case 'create-admin':
    case 'reset-password': {
      const username = values.username ?? fail('请用 --username 指定用户名');
      const password = values.password ?? (await askPassword('请输入密码：'));
      const weak = checkPasswordStrength(password, username);
      if (weak) fail(weak);
      await seedIfEmpty(db, { demo: false });
      if (command === 'create-admin') await createAdmin(ctx, username, values.name ?? '系统管理员', password);
      else await resetPassword(ctx, username, password);
      console.log(command === 'create-admin' ? `已创建系统管理员 ${username}` : `已重置 ${username} 的密码，下次登录须修改`);
      break;
    }
    case 'backup': {
      const file = rest[0] ?? fail('请指定备份文件路径，例如 npm run cli -- backup ./backup.db');
      console.log(await backupDatabase(db, file, config.databaseUrl));
      break;
    }
    case 'seed-demo': {
      await seedIfEmpty(db, { demo: false });
      const added = await seedDemo(db);
      console.log(added.length ? `已写入演示账号：${added.join('、')}` : '演示账号均已存在，未作改动');
      // The demo year of topics only goes into a database with no proposals yet.
      const anyProposal = await db.kysely.selectFrom('proposals').select('id').limit(1).execute();
      if (anyProposal.length === 0) {
        await seedTopicsDemo(db);
        await seedHandlingDemo(db);
        await seedRoomsDemo(db);
        await seedCityDemo(db);
        console.log('已写入演示议题：2026 年尧都区、洪洞县的选题建议、协商计划和议题');
      } else console.log('已有选题建议，未写入演示议题');
      break;
    }
    case 'reindex': {
      await loadPlaceWords(db);
      const started = performance.now();
      const counts = await reindexAll(db, (kind, n) => n % 5000 === 0 && console.log(`  ${kind} ${n}`));
      console.log(`已重建检索索引（${Math.round(performance.now() - started)} ms）：${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join('，')}`);
      break;
    }
    default:
      fail(`未知命令“${command}”\n${USAGE}`);
  }
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
} finally {
  await db.close();
}
