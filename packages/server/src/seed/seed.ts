import type { Db } from '../db/database.js';
import { seedDemo } from './seed-demo.js';
import { seedOrganisations } from './seed-organisations.js';
import { seedHandlingDemo } from './seed-handling-demo.js';
import { seedTopicsDemo } from './seed-topics-demo.js';
import { seedRoomsDemo } from './seed-rooms-demo.js';
import { seedHistoryDemo } from './seed-history-demo.js';
import { seedCityDemo } from './seed-city-demo.js';

/** On an empty database: the Linfen organisations, and the demo data (accounts, venues, the 2026 topic year, its handling and its 网络协商 rooms) unless demo is off. Returns what it did. */
export async function seedIfEmpty(db: Db, options: { demo: boolean; now?: Date }): Promise<'seeded' | 'seeded-demo' | 'kept'> {
  const any = await db.kysely.selectFrom('organisations').select('id').limit(1).execute();
  if (any.length > 0) return 'kept';
  await seedOrganisations(db, options.now);
  if (!options.demo) return 'seeded';
  await seedDemo(db, options.now);
  await seedTopicsDemo(db, options.now);
  await seedHandlingDemo(db, options.now);
  await seedRoomsDemo(db, options.now);
  await seedHistoryDemo(db, options.now);
  await seedCityDemo(db, options.now);
  return 'seeded-demo';
}
