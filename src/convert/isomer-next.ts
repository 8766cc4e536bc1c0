/**
 * Isomer Next pages (JSON: `{"layout", "page", "content": [blocks]}`): each `infocards` block
 * of `content` becomes a civic effort grid, each `keystatistics` block a civic KPI block, as a
 * block of the same page whose `type` names the element and whose `items` are its data (so the
 * block itself is valid `src` data for the element: schemas/effort-grid.json,
 * schemas/kpi-block.json). Every other byte of the file stays as it was.
 *
 * Fields a civic element has no place for (a subtitle, a call-to-action link, an image fit)
 * stay in the block under their Isomer names, and the report says so: nothing is dropped.
 */
import { checkUrl } from '../core/url.js';
import { readStatisticValue } from './kpi-value.js';
import { gridHtml, kpiBlockHtml, type CardFields, type KpiFields, type Layout } from './markup.js';
import { ConvertError, count, type PendingNote, type Replacement } from './report.js';

/** The block types the converter writes, named after the elements that show them. */
export const CIVIC_GRID_BLOCK = 'civic-effort-grid';
export const CIVIC_KPI_BLOCK = 'civic-kpi-block';

/** A civic block in an Isomer Next page, as the converter writes it. */
export interface CivicBlock {
  type: typeof CIVIC_GRID_BLOCK | typeof CIVIC_KPI_BLOCK;
  heading?: string;
  columns?: number;
  items: (CardFields | KpiFields)[];
  [isomerField: string]: unknown;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Where each value of a JSON text starts and ends: the spans of the elements of the root
 * object's `content` array. The text is known to be valid JSON (JSON.parse read it first).
 */
function contentSpans(text: string): Span[] | undefined {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const string = () => {
    at++;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
  };
  /** Skips one value; for the root object, returns the spans of its `content` array's elements. */
  const value = (depth: number, key?: string): Span[] | undefined => {
    space();
    const char = text[at];
    let found: Span[] | undefined;
    if (char === '{') {
      at++;
      space();
      while (text[at] !== '}') {
        const keyStart = at;
        string();
        const name = JSON.parse(text.slice(keyStart, at)) as string;
        space();
        at++; // :
        const inner = value(depth + 1, depth === 0 ? name : undefined);
        if (depth === 0 && name === 'content') found = inner;
        space();
        if (text[at] === ',') at++;
        space();
      }
      at++;
    } else if (char === '[') {
      at++;
      const spans: Span[] = [];
      space();
      while (text[at] !== ']') {
        space();
        const elementStart = at;
        value(depth + 1);
        spans.push({ start: elementStart, end: at });
        space();
        if (text[at] === ',') at++;
        space();
      }
      at++;
      if (depth === 1 && key === 'content') found = spans;
    } else if (char === '"') string();
    else while (at < text.length && !',]} \t\n\r'.includes(text[at])) at++;
    return found;
  };
  return value(0);
}

/** The indentation a JSON file uses, from its second line ("  " when it cannot tell). */
function indentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}

/** `block` as JSON, indented to sit where the old block started. */
function blockJson(block: CivicBlock, text: string, start: number, newline: string): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const indent = /^[ \t]*$/.test(before) ? before : '';
  return JSON.stringify(block, null, indentUnit(text)).split('\n').join(`${newline}${indent}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;

const VARIANTS = ['cardsWithImages', 'cardsWithoutImages', 'cardsWithFullImages'];
/** Isomer's own link form for a page of the site (`[resource:1:23]`): a path only Isomer resolves. */
const ISOMER_REFERENCE = /^\[resource:[^\]]*\]$/;

interface Converted {
  block?: CivicBlock;
  reason?: string;
  warnings: string[];
  kept: string[];
}

function convertInfocards(source: Record<string, unknown>): Converted {
  const result: Converted = { warnings: [], kept: [] };
  const variant = source.variant;
  if (typeof variant !== 'string' || !VARIANTS.includes(variant))
    return { ...result, reason: `its variant ${JSON.stringify(variant)} is not one of ${VARIANTS.join(', ')}` };
  const cards = source.cards;
  if (!Array.isArray(cards) || cards.length === 0) return { ...result, reason: 'it has no cards' };
  let columns = 3;
  if (source.maxColumns !== undefined) {
    columns = Number(source.maxColumns);
    if (![1, 2, 3].includes(columns))
      return { ...result, reason: `its maxColumns ${JSON.stringify(source.maxColumns)} is not "1", "2" or "3"` };
  } else result.warnings.push('maxColumns is not given: columns="3", Isomer\'s default');
  const withImages = variant !== 'cardsWithoutImages';
  const items: CardFields[] = [];
  for (const [index, card] of cards.entries()) {
    const number = `card ${index + 1}`;
    if (!isRecord(card)) return { ...result, reason: `${number} is not an object` };
    const heading = text(card.title);
    if (heading === undefined) return { ...result, reason: `${number} has no title, which a civic card needs` };
    const item: CardFields & Record<string, unknown> = { heading };
    const description = text(card.description);
    if (description !== undefined) item.description = description;
    const href = text(card.url);
    if (href !== undefined) item.href = href;
    if (withImages) {
      const image = text(card.imageUrl);
      if (image !== undefined) item.image = image;
      if (typeof card.imageAlt === 'string') item.imageAlt = card.imageAlt;
      else if (image !== undefined)
        result.warnings.push(`${number} ("${heading}"): the image has no imageAlt; it is shown as decorative`);
      if (card.imageAlt === 'Placeholder image')
        result.warnings.push(
          `${number} ("${heading}"): alt text "Placeholder image" is what Isomer writes when none was given: write what the image shows`,
        );
    }
    for (const [value, kind, name] of [
      [item.href, 'link', 'url'],
      [item.image, 'image', 'imageUrl'],
    ] as const) {
      const problem = value === undefined ? undefined : checkUrl(value, kind).problem;
      if (problem) return { ...result, reason: `${number}'s ${name} ${problem} (got ${JSON.stringify(value)})` };
    }
    if (item.href && ISOMER_REFERENCE.test(item.href))
      result.warnings.push(
        `${number} ("${heading}"): url ${item.href} is an Isomer page reference, which only Isomer resolves: write the page's path`,
      );
    if (variant === 'cardsWithFullImages' && description !== undefined)
      result.warnings.push(`${number} ("${heading}") has a description: shown as a card, not an image tile`);
    // What the card has beyond a civic card's fields stays in it, under its Isomer name.
    for (const [key, value] of Object.entries(card)) {
      if (['title', 'description', 'url', ...(withImages ? ['imageUrl', 'imageAlt'] : [])].includes(key)) continue;
      item[key] = value;
      result.kept.push(`cards[${index}].${key}`);
    }
    items.push(item);
  }
  const block = { type: CIVIC_GRID_BLOCK } as CivicBlock;
  const heading = text(source.title);
  if (heading !== undefined) block.heading = heading;
  block.columns = columns;
  keepOthers(source, block, ['type', 'title', 'maxColumns', 'variant', 'cards'], result);
  block.items = items;
  result.block = block;
  return result;
}

function convertKeyStatistics(source: Record<string, unknown>, locale: string): Converted {
  const result: Converted = { warnings: [], kept: [] };
  const statistics = source.statistics;
  if (!Array.isArray(statistics) || statistics.length === 0) return { ...result, reason: 'it has no statistics' };
  const items: KpiFields[] = [];
  for (const [index, statistic] of statistics.entries()) {
    const number = `statistic ${index + 1}`;
    if (!isRecord(statistic)) return { ...result, reason: `${number} is not an object` };
    const label = text(statistic.label);
    if (label === undefined) return { ...result, reason: `${number} has no label, which a KPI needs` };
    const written = typeof statistic.value === 'number' ? String(statistic.value) : text(statistic.value);
    if (written === undefined) return { ...result, reason: `${number} ("${label}") has no value, which a KPI needs` };
    const read = readStatisticValue(written, locale);
    const item: KpiFields & Record<string, unknown> = { label, ...read.fields };
    for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
    if (read.note) result.warnings.push(`${number} ("${label}"): value ${JSON.stringify(written)} ${read.note}`);
    for (const [key, value] of Object.entries(statistic)) {
      if (key === 'label' || key === 'value') continue;
      item[key] = value;
      result.kept.push(`statistics[${index}].${key}`);
    }
    items.push(item);
  }
  const block = { type: CIVIC_KPI_BLOCK } as CivicBlock;
  const heading = text(source.title);
  if (heading !== undefined) block.heading = heading;
  block.columns = Math.min(4, items.length);
  keepOthers(source, block, ['type', 'title', 'statistics'], result);
  block.items = items;
  result.block = block;
  return result;
}

/** Isomer's other fields of a block, kept in the civic block under their own names (reported). */
function keepOthers(source: Record<string, unknown>, block: CivicBlock, used: string[], result: Converted): void {
  for (const [key, value] of Object.entries(source)) {
    if (used.includes(key)) continue;
    block[key] = value;
    result.kept.push(key);
  }
}

/**
 * A civic block of a converted Isomer Next page as markup, for a pipeline that renders the
 * page: the element with one child per entry (`<civic-effort-card>`, `<civic-kpi>`).
 */
export function civicBlockHtml(block: CivicBlock, layout: Layout = { indent: '', newline: '\n' }): string {
  const attributes = { heading: block.heading, columns: block.columns };
  return block.type === CIVIC_GRID_BLOCK
    ? gridHtml(block.items as CardFields[], attributes, layout)
    : kpiBlockHtml(block.items as KpiFields[], attributes, layout);
}

/** Converts the blocks of an Isomer Next page. Throws ConvertError when the text is not one. */
export function convertIsomerNext(
  page: string,
  newline: string,
  locale: string,
): { replacements: Replacement[]; notes: PendingNote[]; blocks: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(page);
  } catch (error) {
    throw new ConvertError(`it is not JSON (${(error as Error).message})`);
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.content))
    throw new ConvertError('it is JSON, but not an Isomer Next page: it has no "content" array of blocks');
  const spans = contentSpans(page)!;
  const replacements: Replacement[] = [];
  const notes: PendingNote[] = [];
  const others = new Map<string, number>();
  parsed.content.forEach((block: unknown, index) => {
    const span = spans[index];
    const type = isRecord(block) ? block.type : undefined;
    const name = `block ${index + 1} (${typeof type === 'string' ? type : 'no type'})`;
    const converted =
      type === 'infocards' && isRecord(block)
        ? convertInfocards(block)
        : type === 'keystatistics' && isRecord(block)
          ? convertKeyStatistics(block, locale)
          : undefined;
    if (!converted) {
      const key = typeof type !== 'string' ? '(no type)' : type.startsWith('civic-') ? `${type} (civic already)` : type;
      others.set(key, (others.get(key) ?? 0) + 1);
      return;
    }
    if (!converted.block) {
      notes.push({ offset: span.start, kind: 'left', message: `${name} left as it is: ${converted.reason}` });
      return;
    }
    const civic = converted.block;
    replacements.push({ ...span, text: blockJson(civic, page, span.start, newline) });
    const tiles = civic.items.filter((item) => type === 'infocards' && !('description' in item)).length;
    notes.push({
      offset: span.start,
      kind: 'converted',
      message: `${name} → a ${civic.type} block (${count(civic.items.length, type === 'infocards' ? 'card' : 'KPI')}${tiles ? `, ${tiles} without a description: image tiles` : ''}, columns ${civic.columns})`,
    });
    for (const warning of converted.warnings) notes.push({ offset: span.start, kind: 'warning', message: warning });
    if (converted.kept.length)
      notes.push({
        offset: span.start,
        kind: 'warning',
        message: `kept in the block under their Isomer names, not shown by <${civic.type}>: ${converted.kept.join(', ')}`,
      });
  });
  if (others.size)
    notes.push({
      offset: 0,
      kind: 'left',
      message: `left as they are, with no civic element of their kind: ${[...others].map(([type, n]) => (n > 1 ? `${type} ×${n}` : type)).join(', ')}`,
    });
  return { replacements, notes, blocks: replacements.length };
}
