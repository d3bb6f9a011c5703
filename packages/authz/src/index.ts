export * from './ability.js';
export * from './categories.js';
export * from './matrix.js';
export * from './to-query.js';
export * from './direction-rules.js';
export * from './plan-rules.js';
export * from './privacy-rules.js';
