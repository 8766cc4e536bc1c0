/**
 * The grid's columns, in one place (rem): the styles (effort-grid.styles.ts) are written from
 * these numbers, the pre-upgrade rules (effort-grid.preupgrade.css, plain CSS) are tested to
 * agree with them (test/effort-grid/layout.test.ts), and the first row is counted by them.
 */

/** The narrowest card: `columns="auto"` fits as many as the width holds. */
export const CARD_MIN_WIDTH = 16;

/** The gap between cards where neither --civic-grid-gap nor --civic-gap sets another. */
export const DEFAULT_GAP = 1.5;

/** The container width from which `n` columns show (`columns` of n or more): n cards and their default gaps. */
export const columnsFrom = (n: number): number => n * CARD_MIN_WIDTH + (n - 1) * DEFAULT_GAP;

/**
 * How many cards share the first row at a width, by the rules of the styles: `auto` fits cards
 * of CARD_MIN_WIDTH with the gap in force (`gap`, rem); 1–4 is a maximum, reached at columnsFrom(n).
 */
export function firstRowLength(columns: string, width: number, gap = DEFAULT_GAP): number {
  return columns === 'auto'
    ? Math.max(1, Math.floor((width + gap) / (CARD_MIN_WIDTH + gap)))
    : Math.min(+columns || 1, 1 + [2, 3, 4].filter((n) => width >= columnsFrom(n)).length);
}
