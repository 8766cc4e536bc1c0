import { DataElement, reflectAttributes } from '../core/data-element.js';

/** JSON keys of a KPI; each one's attribute is the key in kebab case (`asOf` → `as-of`). */
export const KPI_KEYS = [
  'label',
  'value',
  'format',
  'currency',
  'prefix',
  'suffix',
  'caption',
  'asOf',
  'target',
  'targetLabel',
  'direction',
  'trend',
  'href',
] as const;

/**
 * One KPI given as markup inside `<civic-kpi-block>`: a light data holder with no shadow
 * root. The block reads its attributes and renders it; changes to them are picked up.
 * Outside a block it renders nothing of its own (any text content inside it shows as
 * ordinary page content, which makes a good no-JavaScript fallback).
 *
 * @tagname civic-kpi
 * @summary One KPI as markup, for `<civic-kpi-block>`.
 * @attr {string} label - What is measured (required).
 * @attr {string} value - The figure (required): a number, as the locale writes it ("12,000"; "85%" is a percent); other text is shown as written.
 * @attr {string} format - `number` (default), `percent` (70 means 70%), `compact` or `currency`.
 * @attr {string} currency - ISO 4217 code, required when `format="currency"`.
 * @attr {string} prefix - Text before the figure (property `valuePrefix`).
 * @attr {string} suffix - Text after the figure, e.g. `working days` (property `valueSuffix`).
 * @attr {string} caption - A line under the label.
 * @attr {string} as-of - Period of the figure, e.g. `2020`.
 * @attr {string} target - Target, a number in the same unit, written as `value` may be.
 * @attr {string} target-label - e.g. `by 2023`.
 * @attr {string} direction - `up` (default, higher is better) or `down`.
 * @attr {string} trend - JSON array of `{"period": "2018", "value": 73}`.
 * @attr {string} href - Link to the source or details.
 */
export class CivicKpi extends DataElement {
  declare label?: string | null;
  declare value?: string | null;
  declare format?: string | null;
  declare currency?: string | null;
  /** The `prefix` attribute (`Element.prefix` is the DOM's). */
  declare valuePrefix?: string | null;
  /** The `suffix` attribute. */
  declare valueSuffix?: string | null;
  declare caption?: string | null;
  declare asOf?: string | null;
  declare target?: string | null;
  declare targetLabel?: string | null;
  declare direction?: string | null;
  /** JSON text of the trend; an array may be assigned and is written as JSON. */
  declare trend?: string | null;
  declare href?: string | null;
}

// Each property mirrors its attribute, so the block's observer sees every change.
reflectAttributes(CivicKpi, KPI_KEYS, (key) =>
  key === 'prefix' ? 'valuePrefix' : key === 'suffix' ? 'valueSuffix' : key,
);
