/**
 * The composer page's script (dist/composer/composer.js, a classic script: the page must also
 * work opened from a file, where module scripts do not load). The published JSON Schemas and
 * the converter are bundled in at build time, so the page fetches nothing.
 */
import effortCard from '../../schemas/effort-card.json';
import effortGrid from '../../schemas/effort-grid.json';
import kpi from '../../schemas/kpi.json';
import kpiBlock from '../../schemas/kpi-block.json';
import kpiTrendPoint from '../../schemas/kpi-trend-point.json';
import relatedLink from '../../schemas/related-link.json';
import relatedLinks from '../../schemas/related-links.json';
import packageJson from '../../package.json';
import { civicBlockHtml, convertPage, type CivicBlock } from '../convert/page.js';
import type { ComposerSchemas } from './composer-app.js';
import { defineComposer } from './define.js';
import type { IsomerConverter } from './import.js';
import type { JsonSchema } from './schema-fields.js';

export const SCHEMAS: ComposerSchemas = {
  all: [effortCard, effortGrid, kpi, kpiBlock, kpiTrendPoint, relatedLink, relatedLinks] as JsonSchema[],
  sources: {
    'effort-grid': effortGrid as JsonSchema,
    'kpi-block': kpiBlock as JsonSchema,
    'related-links': relatedLinks as JsonSchema,
  },
};

/** The CDN folder of this version's drop-in files: the snippets' default. */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/civic-blocks@${packageJson.version}/dist/`;

/**
 * Isomer content through the converter (src/convert/page.ts): a card grid (HTML, or a Classic
 * Markdown page with front matter) gives civic markup; Isomer Next JSON (a page, or one block)
 * gives civic blocks, written as markup here.
 */
export const convertIsomer: IsomerConverter = (text, kind) => {
  if (kind === 'json') {
    let page: unknown = JSON.parse(text);
    // One block pasted alone: as the page of that block.
    if (typeof page === 'object' && page !== null && 'type' in page && !('content' in page)) page = { content: [page] };
    const result = convertPage(JSON.stringify(page), { format: 'isomer-next' });
    const content = (JSON.parse(result.output) as { content?: unknown[] }).content ?? [];
    const block = content.find(
      (entry): entry is CivicBlock =>
        typeof entry === 'object' && entry !== null && String((entry as { type?: unknown }).type).startsWith('civic-'),
    );
    return block ? civicBlockHtml(block) : undefined;
  }
  const result = convertPage(text, { format: /^---\r?\n/.test(text) ? 'markdown' : 'html' });
  return result.blocks ? result.output : undefined;
};

/** Sets up the `<civic-composer>` elements of the page. */
export function startComposer(): void {
  defineComposer();
  for (const composer of Array.from(document.querySelectorAll('civic-composer'))) {
    composer.convert = convertIsomer;
    if (!composer.getAttribute('asset-base')) composer.assetBase = CDN_BASE;
    composer.schemas = SCHEMAS;
  }
}
