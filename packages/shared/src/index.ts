export * from './rights.js';
export * from './errors.js';
export * from './password.js';
export * from './validation.js';
export * from './identifiers.js';
export * from './clients.js';
export * from './naming.js';
export * from './role-names.js';
