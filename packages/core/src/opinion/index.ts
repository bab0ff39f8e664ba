export * from './opinion-map.js';
// Pol.is's CSV files are read and written on the server only (csv-parse needs Node's Buffer): import them from '@shangliang/core/polis'.
