export * from './document-kinds.js';
export * from './document-body.js';
export * from './document.schema.js';
export * from './document.views.js';
