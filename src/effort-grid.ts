/** Registers <civic-effort-grid> and <civic-effort-card>. */
import { defineElement } from './core/define.js';
import { CivicEffortCard, CivicEffortGrid } from './effort-grid/effort-grid.js';

// The card first: the grid reads cards as soon as it upgrades.
defineElement('civic-effort-card', CivicEffortCard);
defineElement('civic-effort-grid', CivicEffortGrid);

declare global {
  interface HTMLElementTagNameMap {
    'civic-effort-grid': CivicEffortGrid;
    'civic-effort-card': CivicEffortCard;
  }
}

export { CivicEffortCard, CivicEffortGrid };
export type { EffortCard, EffortCardData, EffortGridColumns } from './effort-grid/types.js';
