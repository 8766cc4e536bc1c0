// What the size checks of the build share (check-size.mjs for the drop-in bundle,
// check-composer-size.mjs for the composer): a built file read, or the build named as missing,
// and its size compressed the way a CDN serves it.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

/** The built file at `url` (for a message, `path`), or exit 1 naming the check and the build to run. */
export function readBuilt(url, path, check) {
  try {
    return readFileSync(url);
  } catch {
    console.error(`${check}: ${path} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** Bytes of `code` compressed with brotli at its best setting. */
export const brotliSize = (code) =>
  brotliCompressSync(code, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
    },
  }).length;

/** A size for a message: `16.66 KB (17059 B)`. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB (${bytes} B)`;
