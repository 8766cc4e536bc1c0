import type { BlockColumns } from '../core/columns-element.js';

/** The JSON shape of one KPI (docs/api.md), as given by `items`, inline JSON, `src` or `<civic-kpi>`. */
export type KpiFormat = 'number' | 'percent' | 'compact' | 'currency';

/** `up`: higher is better (default). `down`: lower is better, e.g. working days to share data. */
export type KpiDirection = 'up' | 'down';

/** `auto` (as many as fit), or a maximum of 1–4 columns. */
export type KpiColumns = BlockColumns;

export interface KpiTrendPoint {
  period: string;
  value: number;
}

/**
 * One KPI as data. `value` and `target` may be text as people write numbers in the locale
 * ("12,000" in en, "12.000" in de, "85%" for a percent); `trend` may be a JSON string.
 */
export interface KpiData {
  label: string;
  value: number | string;
  format?: KpiFormat;
  currency?: string;
  prefix?: string;
  suffix?: string;
  caption?: string;
  asOf?: string;
  target?: number | string;
  targetLabel?: string;
  direction?: KpiDirection;
  trend?: readonly KpiTrendPoint[] | string;
  href?: string;
}

/** One KPI after validation: what render() sees. */
export interface KpiItem {
  label: string;
  /**
   * The figure; text when it is not a number (shown as written, with no formatting and no
   * target status); undefined when it is missing.
   */
  value?: number | string;
  format: KpiFormat;
  currency?: string;
  prefix?: string;
  suffix?: string;
  caption?: string;
  asOf?: string;
  /** A number in the same unit, or text shown as written (with no target status). */
  target?: number | string;
  targetLabel?: string;
  direction: KpiDirection;
  trend?: KpiTrendPoint[];
  href?: string;
}
