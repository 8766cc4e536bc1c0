// Writes dist/shadow/<tag>.css, the shadow stylesheet of each rendered element: what
// renderCivicHtml's `stylesheets` option and `prerender --stylesheets` link from each
// declarative shadow root instead of writing the styles inline. Made from the built server
// entry (shadowStylesheet), so the files are the styles the elements carry, never a copy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { RENDERED_TAGS, shadowStylesheet, shadowStylesheetName } from '../dist/ssr/index.js';

const folder = new URL('../dist/shadow/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const tag of RENDERED_TAGS) writeFileSync(new URL(shadowStylesheetName(tag), folder), shadowStylesheet(tag));
console.log(`shadow-styles: dist/shadow/ (${RENDERED_TAGS.map(shadowStylesheetName).join(', ')})`);
