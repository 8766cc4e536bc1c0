/**
 * The entry of dist/composer/composer.js, a classic script (the page must also work opened
 * from a file, where module scripts do not load). The published JSON Schemas are bundled in
 * here, so the page fetches nothing; it starts the composer once the page is parsed.
 */
import effortCard from '../../schemas/effort-card.json';
import effortGrid from '../../schemas/effort-grid.json';
import kpi from '../../schemas/kpi.json';
import kpiBlock from '../../schemas/kpi-block.json';
import kpiTrendPoint from '../../schemas/kpi-trend-point.json';
import relatedLink from '../../schemas/related-link.json';
import relatedLinks from '../../schemas/related-links.json';
import { version } from '../../package.json';
import type { ComposerSchemas } from './composer-app.js';
import { startComposer } from './main.js';
import type { JsonSchema } from './schema-fields.js';

const schemas: ComposerSchemas = {
  all: [effortCard, effortGrid, kpi, kpiBlock, kpiTrendPoint, relatedLink, relatedLinks] as JsonSchema[],
  sources: {
    'effort-grid': effortGrid,
    'kpi-block': kpiBlock,
    'related-links': relatedLinks,
  },
};

/** The CDN folder of this version's drop-in files: the snippets' default. */
const assetBase = `https://cdn.jsdelivr.net/npm/civic-blocks@${version}/dist/`;

const start = () => startComposer({ schemas, assetBase });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
