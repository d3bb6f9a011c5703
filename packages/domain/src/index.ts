export * from './enums.js';
export * from './case-status.js';
export * from './bsn.js';
export * from './case-reference.js';
export * from './region.js';
export * from './working-days.js';
export * from './direction.js';
export * from './plan.js';
