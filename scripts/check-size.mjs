// Size budget for the drop-in bundle (run by `npm run build`, so by `npm test`).
//
// Fails when dist/civic-blocks.min.js, compressed with brotli at its best setting (what a CDN
// serves), grows past SIZE_BUDGET_BROTLI bytes. Every byte is paid on every page view that
// uses civic-blocks. To raise the budget on purpose: run `npm run build`, note the size this
// script prints, set SIZE_BUDGET_BROTLI just above it, and say in the commit message what
// the bytes bought (CONTRIBUTING.md, "The size budget").
import { gzipSync } from 'node:zlib';
import { brotliSize, kb, readBuilt } from './brotli-size.mjs';

/** Bytes, brotli quality 11, of dist/civic-blocks.min.js (Lit included). */
export const SIZE_BUDGET_BROTLI = 17100;

const code = readBuilt(
  new URL('../dist/civic-blocks.min.js', import.meta.url),
  'dist/civic-blocks.min.js',
  'check-size',
);
const brotli = brotliSize(code);
const gzip = gzipSync(code, { level: 9 }).length;

if (brotli > SIZE_BUDGET_BROTLI) {
  console.error(
    `check-size: FAILED. dist/civic-blocks.min.js is ${kb(brotli)} brotli, over the budget of ${kb(SIZE_BUDGET_BROTLI)} ` +
      `by ${brotli - SIZE_BUDGET_BROTLI} B.\n` +
      'Make it smaller, or raise SIZE_BUDGET_BROTLI in scripts/check-size.mjs on purpose (see CONTRIBUTING.md, "The size budget").',
  );
  process.exit(1);
}
console.log(
  `check-size: dist/civic-blocks.min.js ${kb(brotli)} brotli, ${kb(gzip)} gzip, ${kb(code.length)} raw; ` +
    `budget ${kb(SIZE_BUDGET_BROTLI)} brotli (${SIZE_BUDGET_BROTLI - brotli} B left).`,
);
