/**
 * Starts the composer on a page: registers its elements and gives each `<civic-composer>` the
 * schemas, the converter and the folder its snippets load the drop-in files from. The page's
 * entry (page.ts) passes the published schemas, bundled in at build time, so nothing is fetched.
 */
import type { ComposerSchemas } from './composer-app.js';
import { defineComposer } from './define.js';
import { convertIsomer } from './isomer.js';

export interface ComposerStart {
  schemas: ComposerSchemas;
  /** The folder of the drop-in files that snippets link when the element has no `asset-base`. */
  assetBase: string;
}

export function startComposer({ schemas, assetBase }: ComposerStart, root: ParentNode = document): void {
  defineComposer();
  for (const composer of Array.from(root.querySelectorAll('civic-composer'))) {
    composer.convert = convertIsomer;
    if (!composer.getAttribute('asset-base')) composer.assetBase = assetBase;
    composer.schemas = schemas;
  }
}
