/**
 * Content brought in by pasting: a civic-blocks snippet (child markup, an `items` attribute or
 * inline JSON), a JSON list of entries (or a `src` file), or an Isomer card grid / Isomer page
 * JSON, which goes through the converter (src/convert/) first and is then read as a snippet.
 *
 * Markup is parsed with DOMParser into an inert document: nothing in it runs, loads or reaches
 * the page; only attribute values and text are read out of it.
 */
import { attributeOf } from '../core/data-element.js';
import { CARD_KEYS } from '../effort-grid/effort-card.js';
import { KPI_KEYS } from '../kpi-block/kpi.js';
import { BLOCKS, BLOCK_KINDS, emptyEntry, newId, type BlockKind, type BlockState, type EntryState } from './model.js';

export interface ImportResult {
  block: BlockKind;
  /** The block's settings found in the snippet (only those given). */
  settings: Partial<Pick<BlockState, 'heading' | 'headingLevel' | 'columns'>>;
  config: { locale?: string; baseUrl?: string; linkTarget?: string };
  entries: EntryState[];
  /** What could not be brought in, as message keys with what was found (words.ts). */
  notes: { key: 'importSrc' | 'importNothing' | 'importJson' | 'importConverter'; found?: string }[];
}

/** Turns Isomer markup or page JSON into civic-blocks markup: the converter, given by the page's entry. */
export type IsomerConverter = (text: string, kind: 'html' | 'json') => string | undefined;

const FIELD_KEYS: Record<BlockKind, readonly string[]> = {
  'effort-grid': CARD_KEYS,
  'kpi-block': KPI_KEYS,
  'related-links': ['label', 'href', 'description'],
};

const TAGS = BLOCK_KINDS.map((kind) => BLOCKS[kind].tag).join(', ');
const squashSpace = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** One entry of data (JSON or read from markup) as form state. */
export function entryFromData(data: Record<string, unknown>, keys: readonly string[]): EntryState {
  const entry = emptyEntry();
  for (const key of keys) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    let list: unknown = value;
    if (typeof value === 'string' && key === 'trend') {
      try {
        list = JSON.parse(value);
      } catch {
        list = undefined;
      }
    }
    if (Array.isArray(list)) {
      entry.rows[key] = list
        .filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
        .map((row) => ({
          id: newId(),
          values: Object.fromEntries(
            Object.entries(row)
              .filter(([, cell]) => typeof cell === 'string' || typeof cell === 'number')
              .map(([name, cell]) => [name, String(cell)]),
          ),
        }));
    } else if (typeof value === 'string' || typeof value === 'number') {
      entry.values[key] = String(value);
    }
  }
  if (entry.values.image && data.imageAlt === '') entry.decorative = true;
  return entry;
}

/** The block a list of entries is for, by the fields they have. */
function blockOfEntries(list: readonly unknown[], fallback: BlockKind): BlockKind {
  const first = list.find((entry) => typeof entry === 'object' && entry !== null) as
    Record<string, unknown> | undefined;
  if (!first) return fallback;
  if ('heading' in first || 'imageAlt' in first || 'image' in first) return 'effort-grid';
  if ('value' in first) return 'kpi-block';
  if ('label' in first && 'href' in first) return 'related-links';
  return fallback;
}

function fromList(list: readonly unknown[], kind: BlockKind): EntryState[] {
  return list
    .filter(
      (entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && !Array.isArray(entry),
    )
    .map((entry) => entryFromData(entry, FIELD_KEYS[kind]));
}

/** The list of a JSON text: an array, or `{"items": [...]}`; undefined for anything else. */
function listOf(text: string): { list: unknown[]; schema?: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) return { list: value };
  if (typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items))
    return { list: (value as { items: unknown[] }).items, schema: (value as { $schema?: unknown }).$schema };
  return undefined;
}

/** Reads a JSON list (an array, or `{"items": [...]}`, a `src` file with `$schema` or not). */
export function importJson(text: string, current: BlockKind): ImportResult | undefined {
  const { list, schema } = listOf(text) ?? {};
  if (!list) return undefined;
  let block = blockOfEntries(list, current);
  if (typeof schema === 'string') block = BLOCK_KINDS.find((kind) => schema.includes(kind)) ?? block;
  return { block, settings: {}, config: {}, entries: fromList(list, block), notes: [] };
}

/** The entries of related-link child markup: each `<a href>`, its text the label, text beside it the description. */
function linksOf(block: Element): EntryState[] {
  const entries: EntryState[] = [];
  const items = block.querySelectorAll(':scope > ul > li, :scope > ol > li, :scope > a[href], :scope > p');
  for (const item of Array.from(items)) {
    const link = item.matches('a[href]') ? item : item.querySelector('a[href]');
    if (!link) continue;
    const label = squashSpace(link.textContent);
    const rest = squashSpace(
      Array.from(item.childNodes)
        .filter((node) => node !== link && !(node instanceof Element && node.contains(link)))
        .map((node) => node.textContent)
        .join(' '),
    );
    const values: Record<string, string> = { label, href: link.getAttribute('href') ?? '' };
    if (rest && item !== link) values.description = rest;
    entries.push(emptyEntry(values));
  }
  return entries;
}

/** Reads civic-blocks markup (what the composer copies, or any page's snippet). */
export function importMarkup(text: string): ImportResult | undefined {
  const document = new DOMParser().parseFromString(text, 'text/html');
  const element = document.querySelector(TAGS);
  if (!element) return undefined;
  const block = BLOCK_KINDS.find((kind) => BLOCKS[kind].tag === element.localName)!;
  const result: ImportResult = { block, settings: {}, config: {}, entries: [], notes: [] };
  const heading = element.getAttribute('heading');
  if (heading !== null) result.settings.heading = heading;
  const level = element.getAttribute('heading-level');
  if (level && /^[2-6]$/.test(level.trim())) result.settings.headingLevel = level.trim();
  const columns = element.getAttribute('columns');
  if (columns && BLOCKS[block].columns && /^(auto|[1-4])$/.test(columns.trim()))
    result.settings.columns = columns.trim();
  const config = element.closest('civic-config');
  if (config) {
    const read = (name: string) => config.getAttribute(name) ?? undefined;
    result.config = { locale: read('locale'), baseUrl: read('base-url'), linkTarget: read('link-target') };
  }

  const keys = FIELD_KEYS[block];
  const items = element.getAttribute('items');
  const script = Array.from(element.children).find((child) => child.matches('script[type="application/json"]'));
  const json = items ?? script?.textContent ?? undefined;
  if (json !== undefined) {
    const list = listOf(json);
    if (list) result.entries = fromList(list.list, block);
    else result.notes.push({ key: 'importJson' });
  } else if (block === 'related-links') {
    result.entries = linksOf(element);
  } else {
    const child = BLOCKS[block].child!;
    for (const holder of Array.from(element.querySelectorAll(`:scope > ${child}`))) {
      const data: Record<string, string> = {};
      for (const key of keys) {
        const value = holder.getAttribute(attributeOf(key));
        if (value !== null) data[key] = value;
      }
      // A card's description is its text when it has no description attribute (as the grid reads it).
      if (block === 'effort-grid' && data.description === undefined) {
        const text = squashSpace(holder.textContent);
        if (text) data.description = text;
      }
      result.entries.push(entryFromData(data, keys));
    }
  }
  const src = element.getAttribute('src');
  if (src && json === undefined && result.entries.length === 0) result.notes.push({ key: 'importSrc', found: src });
  return result;
}

/** What the pasted text is, and what it gives. `convert` is tried for Isomer content. */
export function importText(text: string, current: BlockKind, convert?: IsomerConverter): ImportResult {
  const trimmed = text.trim();
  const nothing: ImportResult = {
    block: current,
    settings: {},
    config: {},
    entries: [],
    notes: [{ key: 'importNothing' }],
  };
  if (!trimmed) return nothing;
  const looksJson = /^[[{]/.test(trimmed);
  if (looksJson) {
    const list = importJson(trimmed, current);
    if (list) return list;
  }
  const markup = importMarkup(trimmed);
  if (markup) return markup;
  if (convert) {
    let converted: string | undefined;
    try {
      converted = convert(trimmed, looksJson ? 'json' : 'html');
    } catch (error) {
      return {
        ...nothing,
        notes: [{ key: 'importConverter', found: error instanceof Error ? error.message : String(error) }],
      };
    }
    const result = converted === undefined ? undefined : importMarkup(converted);
    if (result) return result;
  }
  return looksJson ? { ...nothing, notes: [{ key: 'importJson' }] } : nothing;
}
