import type { PropertyDeclarations, PropertyValues } from 'lit';
import { reportProblems } from './events.js';
import { CivicItemsElement } from './items-element.js';
import { describeValue } from './validate.js';

/** The `columns` attribute of a block laid out in columns: `auto` (default) or a maximum of 1–4. */
export type BlockColumns = 'auto' | '1' | '2' | '3' | '4';

const COLUMNS: readonly string[] = ['auto', '1', '2', '3', '4'];

/**
 * A list laid out in columns (the effort grid, the KPI block). Any `columns` value other than
 * `auto` or 1–4 lays out as `auto` and is reported once per change (source `attribute`).
 */
export abstract class CivicColumnsElement<TData, TItem> extends CivicItemsElement<TData, TItem> {
  static override properties: PropertyDeclarations = {
    columns: { reflect: true },
  };

  /** `auto` (default: as many columns as fit) or 1–4, the most columns at any width. */
  columns: BlockColumns = 'auto';

  /** The columns to lay out with: `columns` when it is valid, otherwise `auto`. */
  protected get layoutColumns(): BlockColumns {
    const columns = String(this.columns ?? 'auto');
    return COLUMNS.includes(columns) ? (columns as BlockColumns) : 'auto';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('columns') && !COLUMNS.includes(String(this.columns ?? 'auto'))) {
      reportProblems(this, [`columns must be auto, 1, 2, 3 or 4 (got ${describeValue(this.columns)})`], 'attribute');
    }
  }
}
