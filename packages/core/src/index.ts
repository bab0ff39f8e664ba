export * from './auth/roles.js';
export * from './auth/password.js';
export * from './auth/auth.schema.js';
export * from './org/org.schema.js';
export * from './policy/actions.js';
export * from './policy/actor.js';
export * from './policy/can.js';
export * from './audit/audit.schema.js';
