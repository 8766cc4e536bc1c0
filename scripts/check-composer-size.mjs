// Size budget for the composer's own script, dist/composer/composer.js (run by `npm run build`).
//
// The composer page is a tool, loaded by the editors who build blocks, not by every reader of
// an agency page: its budget is its own, far above the drop-in bundle's, and the drop-in
// bundle's (scripts/check-size.mjs) never counts it. What the bytes are: Lit, the composer's
// elements and words in five languages, the JSON Schemas, the converter with parse5 (whose
// table of HTML character references is most of it) and Papa Parse. To raise the budget on
// purpose: `npm run build`, read the size printed here, set COMPOSER_BUDGET_BROTLI just above
// it, and say in the commit message what the bytes bought. `npm run bench` reports it too.
import { brotliSize, kb, readBuilt } from './brotli-size.mjs';

/** Bytes, brotli quality 11, of dist/composer/composer.js. */
export const COMPOSER_BUDGET_BROTLI = 96000;

const code = readBuilt(
  new URL('../dist/composer/composer.js', import.meta.url),
  'dist/composer/composer.js',
  'check-composer-size',
);
const brotli = brotliSize(code);
if (brotli > COMPOSER_BUDGET_BROTLI) {
  console.error(
    `check-composer-size: FAILED. dist/composer/composer.js is ${kb(brotli)} brotli, over the budget of ` +
      `${kb(COMPOSER_BUDGET_BROTLI)} by ${brotli - COMPOSER_BUDGET_BROTLI} B.\n` +
      'Make it smaller, or raise COMPOSER_BUDGET_BROTLI in scripts/check-composer-size.mjs on purpose.',
  );
  process.exit(1);
}
console.log(
  `check-composer-size: dist/composer/composer.js ${kb(brotli)} brotli, ${kb(code.length)} raw; ` +
    `budget ${kb(COMPOSER_BUDGET_BROTLI)} brotli (${COMPOSER_BUDGET_BROTLI - brotli} B left).`,
);
