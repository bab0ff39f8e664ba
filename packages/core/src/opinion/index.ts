export * from './opinion-map.js';
export * from './polis-csv.js';
