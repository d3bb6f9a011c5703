export * from './ability.js';
export * from './categories.js';
export * from './matrix.js';
