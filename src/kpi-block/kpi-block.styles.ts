import { css } from 'lit';

/**
 * Colours come from the shared tokens (src/core/styles.ts) but, unset, take the page's text
 * colour (text, links, bars and focus ring use currentColor, borders 30% of it, no
 * background), so the block reads on light and dark backgrounds alike; `--civic-kpi-*`
 * properties tune it. Columns follow the block's own width (container queries), never the
 * viewport's.
 */
export const kpiBlockStyles = css`
  :host {
    --_text: var(--civic-color-text, currentColor);
    --_muted: var(--civic-color-muted, currentColor);
    --_surface: var(--civic-color-surface, transparent);
    --_border: var(--civic-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_link: var(--civic-color-link, var(--civic-link-color, currentColor));
  }
  .block {
    container: civic-kpi / inline-size;
    color: var(--_text);
  }
  /* A block after other content (a block stacked under another) keeps the gap above it; the
     first of its container adds nothing, and a page's margin or a paragraph's collapses with it. */
  :host(:not(:first-child)) .block {
    margin-top: var(--civic-kpi-gap, var(--_gap));
  }
  .heading {
    margin: 0 0 var(--civic-kpi-gap, var(--_gap));
    font-size: var(--civic-kpi-heading-size, var(--_heading-size));
    line-height: 1.25;
  }
  .list {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--civic-kpi-gap, var(--_gap));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cols-auto {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--civic-kpi-min-width, 14rem)), 1fr));
  }
  @container civic-kpi (min-width: 30rem) {
    .cols-2,
    .cols-3,
    .cols-4 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container civic-kpi (min-width: 46rem) {
    .cols-3,
    .cols-4 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container civic-kpi (min-width: 62rem) {
    .cols-4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .kpi {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-width: 0;
    padding: var(--civic-kpi-padding, 1rem 1.25rem);
    border: var(--civic-kpi-border, 1px solid var(--_border));
    border-radius: var(--civic-kpi-radius, var(--_radius));
    background: var(--civic-kpi-background, var(--_surface));
    /* The box is the size the long figures below scale to (cqi). */
    container-type: inline-size;
    /* break-word, not anywhere: a figure or unit ("SGD", "1,234") breaks only when it cannot
       fit on a line of its own, never mid-word while the next line has room for it. */
    overflow-wrap: break-word;
  }
  p {
    margin: 0;
  }
  /* The spoken phrase covers the KPI whose visible parts it speaks for: touch exploration finds
     it there. Invisible (opacity, which forced colours leave alone), not hidden from screen
     readers. The Details link, positioned after it, stays above it. */
  .phrase {
    position: absolute;
    inset: 0;
    overflow: hidden;
    opacity: 0;
  }
  .more {
    position: relative;
  }
  .value {
    /* A word before or after the figure is a flex item of its own: when it wraps ("working
       days") it takes a line of its own small height, not one as tall as the figure, and
       starts at the edge. column-gap is the space between them, which flex items lose. */
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.25em;
    /* A long figure ("SGD 1,250,000.00") gets smaller in a narrow box instead of breaking
       between its digits: --_chars (its length, set as a CSSOM property, which a strict CSP
       allows) at about 0.7em a character fits the box's width (cqi). */
    font-size: min(var(--civic-kpi-value-size, 2.5rem),140cqi/var(--_chars,1));
    font-weight: 700;
    line-height: 1.1;
    color: var(--civic-kpi-value-color, inherit);
    font-variant-numeric: tabular-nums;
  }
  .affix {
    font-size: 0.5em;
    font-weight: 600;
  }
  .label {
    font-weight: 600;
  }
  .caption,
  .asof,
  .chart-ends {
    font-size: 0.875rem;
    color: var(--civic-kpi-muted-color, var(--_muted));
  }
  .caption {
    font-style: italic;
  }
  .target {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: 0.875rem;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 700;
  }
  .met .state {
    color: var(--civic-kpi-met-color, inherit);
  }
  .unmet .state {
    color: var(--civic-kpi-not-met-color, inherit);
  }
  .state-icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .chart {
    margin-top: auto;
    color: var(--civic-kpi-chart-color, inherit);
  }
  .bars {
    display: block;
    width: 100%;
    height: var(--civic-kpi-chart-height, 3rem);
    overflow: visible;
  }
  /* Time runs with the reading direction, like the period labels under the chart. */
  .bars:dir(rtl) {
    transform: scaleX(-1);
  }
  .bar {
    fill: currentColor;
    /* 0.6 keeps the earlier bars at 3:1 or more against the box (WCAG 1.4.11), lighter than the last. */
    opacity: 0.6;
  }
  .bar.last {
    opacity: 1;
  }
  .baseline {
    stroke: currentColor;
    stroke-width: 1;
  }
  .chart-ends {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .chart-last {
    margin-inline-start: auto;
    font-weight: 700;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar {
      transform-box: fill-box;
      transform-origin: 50% 100%;
      animation: civic-kpi-grow 0.5s ease-out both;
    }
    .bar.neg {
      transform-origin: 50% 0;
    }
  }
  @keyframes civic-kpi-grow {
    from {
      transform: scaleY(0);
    }
  }
  @media (forced-colors: active) {
    .kpi {
      border: 1px solid CanvasText;
    }
    /* Outlined bars and a solid last one: the last point still stands out without opacity. */
    .bar {
      fill: Canvas;
      stroke: CanvasText;
      vector-effect: non-scaling-stroke;
      opacity: 1;
    }
    .bar.last {
      fill: CanvasText;
    }
    .baseline {
      stroke: CanvasText;
    }
  }
  /* On paper: figures and target status in black, and a trend with its table. */
  @media print {
    .value,
    .kpi .state {
      color: #000;
    }
    .chart .sr-only {
      all: revert;
    }
    th {
      text-align: start;
    }
    table {
      inline-size: 100%;
    }
  }
  a {
    color: var(--civic-kpi-link-color, var(--_link));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .status {
    font-style: italic;
  }
`;
