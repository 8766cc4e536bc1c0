/**
 * civic-blocks/ssr: server and build-time rendering of civic elements into declarative
 * shadow DOM (Node only). See render.ts, and prerender.ts for the command.
 */
export { renderCivicHtml, RENDERED_TAGS, shadowStylesheet, shadowStylesheetName } from './render.js';
export type { RenderOptions, RenderProblem, RenderResult } from './render.js';
export { prerender } from './prerender.js';
