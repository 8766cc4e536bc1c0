/** Registers <civic-effort-grid> and <civic-effort-card>. */
import { isServer } from 'lit';
import { defineElement } from './core/define.js';
import { CivicEffortCard } from './effort-grid/effort-card.js';
import { CivicEffortGrid } from './effort-grid/effort-grid.js';

// The card first: the grid reads cards as soon as it upgrades. Not on a server: there it has
// nothing to render, and Lit's server renderer would leave `defer-hydration` on every element
// after an element it renders no shadow root for.
if (!isServer) defineElement('civic-effort-card', CivicEffortCard);
defineElement('civic-effort-grid', CivicEffortGrid);

declare global {
  interface HTMLElementTagNameMap {
    'civic-effort-grid': CivicEffortGrid;
    'civic-effort-card': CivicEffortCard;
  }
}

export { CivicEffortCard, CivicEffortGrid };
export type { EffortCard, EffortCardData, EffortGridColumns } from './effort-grid/types.js';
