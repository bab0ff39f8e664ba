export { buildApp, type AppOptions } from './app.js';
export { openDatabase, type Db, type Engine } from './db/database.js';
export { migrate } from './db/migrate.js';
export { seedIfEmpty } from './seed/seed.js';
export { seedDemo, DEMO_PASSWORD, DEMO_USERS } from './seed/seed-demo.js';
export { seedOrganisations } from './seed/seed-organisations.js';
