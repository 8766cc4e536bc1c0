/**
 * Civic markup as the converter writes it: elements built with parse5's tree adapter and
 * written by its serializer, so every attribute and text is escaped the way the server code's
 * HTML handling escapes it, and nothing from data can become markup.
 */
import { defaultTreeAdapter as tree, html, serializeOuter } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { attributeOf } from '../core/data-element.js';
import { KPI_KEYS } from '../kpi-block/kpi.js';
import type { EffortCardData } from '../effort-grid/types.js';
import type { KpiData } from '../kpi-block/types.js';

type Element = DefaultTreeAdapterMap['element'];

/** One card as the converter writes it: the JSON shape of docs/api.md, the grid's own type. */
export type CardFields = EffortCardData;

/** One KPI as the converter writes it: the block's own type, with no trend (Isomer has none). */
export type KpiFields = Omit<KpiData, 'trend'>;

/** The attributes of a block element (`heading`, `heading-level`, `columns`). */
export interface BlockAttributes {
  heading?: string;
  headingLevel?: number;
  columns?: number;
}

/** Where the markup goes: the indentation of its first line, and the page's line ending. */
export interface Layout {
  indent: string;
  newline: string;
}

const CARD_KEYS = ['heading', 'href', 'image', 'imageAlt', 'linkText'] as const;
/** A KPI's attributes as the converter writes them: every key of the element but `trend` (Isomer has none). */
const KPI_ATTRIBUTES = KPI_KEYS.filter((key) => key !== 'trend');

function element(tag: string, attributes: Record<string, string | number | undefined>): Element {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ({ name: attributeOf(key), value: String(value) }));
  return tree.createElement(tag, html.NS.HTML, attrs);
}

function block(tag: string, attributes: BlockAttributes, children: Element[], layout: Layout): string {
  const outer = element(tag, {
    heading: attributes.heading,
    headingLevel: attributes.headingLevel,
    columns: attributes.columns,
  });
  const inner = `${layout.newline}${layout.indent}  `;
  for (const child of children) {
    tree.insertText(outer, inner);
    tree.appendChild(outer, child);
  }
  tree.insertText(outer, `${layout.newline}${layout.indent}`);
  return serializeOuter(outer);
}

/**
 * A `<civic-effort-grid>` with one `<civic-effort-card>` child per card, readable before any
 * script: the description is the card's text content (docs/agencies.md), the rest attributes.
 */
export function gridHtml(cards: readonly CardFields[], attributes: BlockAttributes, layout: Layout): string {
  const children = cards.map((card) => {
    const child = element('civic-effort-card', Object.fromEntries(CARD_KEYS.map((key) => [key, card[key]])));
    if (card.description !== undefined) tree.insertText(child, card.description);
    return child;
  });
  return block('civic-effort-grid', attributes, children, layout);
}

/** A `<civic-kpi-block>` with one `<civic-kpi>` child per KPI. */
export function kpiBlockHtml(kpis: readonly KpiFields[], attributes: BlockAttributes, layout: Layout): string {
  const children = kpis.map((kpi) =>
    element('civic-kpi', Object.fromEntries(KPI_ATTRIBUTES.map((key) => [key, kpi[key]]))),
  );
  return block('civic-kpi-block', attributes, children, layout);
}
