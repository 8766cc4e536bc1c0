/** Registers every civic-blocks element and exports the classes and types. */
import './config.js';
import './kpi-block.js';
import './related-links.js';
import './effort-grid.js';

export { CivicConfig } from './config/civic-config.js';
export type { CivicSettings, LinkTarget } from './core/context.js';
export { civicConfigContext } from './core/context.js';
export type { CivicErrorDetail, CivicErrorSource, CivicLinkDetail, CivicLoadDetail } from './core/events.js';
export { CivicEffortCard, CivicEffortGrid } from './effort-grid.js';
export type { EffortCard, EffortCardData, EffortGridColumns } from './effort-grid.js';
export { CivicRelatedLinks } from './related-links.js';
export type { CopiedAttribute, RelatedLink, RelatedLinkData } from './related-links.js';
export { CivicKpi, CivicKpiBlock } from './kpi-block.js';
export type { KpiColumns, KpiData, KpiDirection, KpiFormat, KpiItem, KpiTrendPoint } from './kpi-block.js';
