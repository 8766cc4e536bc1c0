/** Registers <civic-kpi-block> and <civic-kpi>. */
import { isServer } from 'lit';
import { defineElement } from './core/define.js';
import { CivicKpi } from './kpi-block/kpi.js';
import { CivicKpiBlock } from './kpi-block/kpi-block.js';

defineElement('civic-kpi-block', CivicKpiBlock);
// Not on a server: see effort-grid.ts.
if (!isServer) defineElement('civic-kpi', CivicKpi);

declare global {
  interface HTMLElementTagNameMap {
    'civic-kpi-block': CivicKpiBlock;
    'civic-kpi': CivicKpi;
  }
}

export { CivicKpi, CivicKpiBlock };
export { formatKpiNumber, isTargetMet } from './kpi-block/kpi-block.js';
export type { KpiColumns, KpiData, KpiDirection, KpiFormat, KpiItem, KpiTrendPoint } from './kpi-block/types.js';
