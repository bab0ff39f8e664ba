export * from './notification-kinds.js';
export * from './delivery.js';
export * from './reminders.js';
export * from './templates.js';
export * from './notification.schema.js';
export * from './notification.views.js';
