// Builds the composer page (issue 20) into dist/composer/: composer.html and composer.css from
// src/composer/, and composer.js, one classic script (IIFE) with the published JSON Schemas, the
// converter and Papa Parse bundled in. A classic script because the page must work opened from
// a file, where module scripts do not load; everything bundled because it must work offline.
// It is never part of the drop-in bundle: the page loads ../civic-blocks.iife.min.js beside it.
//
// esbuild, not rollup: the composer reads TypeScript, JSON and a CommonJS package at once, and
// esbuild does all three in about a second.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const out = new URL('../dist/composer/', import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('../src/composer/page.ts', import.meta.url).pathname],
  outfile: new URL('composer.js', out).pathname,
  bundle: true,
  format: 'iife',
  target: 'es2021',
  platform: 'browser',
  // Lit's production build, as the drop-in bundle has it.
  conditions: ['production'],
  minify: true,
  legalComments: 'none',
  tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
  logLevel: 'warning',
});
for (const file of ['composer.html', 'composer.css'])
  copyFileSync(new URL(`../src/composer/${file}`, import.meta.url), new URL(file, out));
console.log('composer: dist/composer/composer.html, composer.css, composer.js');
