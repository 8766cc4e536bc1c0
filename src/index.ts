/** Registers every civic-blocks element and exports the classes and types. */
import './config.js';

export { CivicConfig } from './config/civic-config.js';
export type { CivicSettings, LinkTarget } from './core/context.js';
export { civicConfigContext } from './core/context.js';
export type { CivicErrorDetail, CivicErrorSource, CivicLoadDetail } from './core/events.js';
