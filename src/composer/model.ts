/**
 * The composer's state: one place for everything an editor has entered, for each of the three
 * blocks (switching blocks loses nothing), the `<civic-config>` settings and the page context
 * the authoring checks need. Everything is text as typed; output.ts turns it into data.
 *
 * State also arrives from outside (local storage, a shared link): `normaliseState` reads any
 * value into a well-formed state, keeping only known keys and text.
 */

export type BlockKind = 'effort-grid' | 'kpi-block' | 'related-links';
export const BLOCK_KINDS: readonly BlockKind[] = ['effort-grid', 'kpi-block', 'related-links'];

export interface BlockDefinition {
  /** The element. */
  tag: string;
  /** The child element of child markup (related links use `<ul><li><a>`). */
  child?: string;
  /** Whether the block has a `columns` attribute. */
  columns: boolean;
  /** The field given as the child's text content (a card's description). */
  textField?: string;
}

export const BLOCKS: Record<BlockKind, BlockDefinition> = {
  'effort-grid': { tag: 'civic-effort-grid', child: 'civic-effort-card', columns: true, textField: 'description' },
  'kpi-block': { tag: 'civic-kpi-block', child: 'civic-kpi', columns: true },
  'related-links': { tag: 'civic-related-links', columns: false },
};

/** One row of a list field (a KPI's trend point). */
export interface RowState {
  id: string;
  values: Record<string, string>;
}

/** One entry (card, KPI, link): text fields, list fields as rows. */
export interface EntryState {
  id: string;
  values: Record<string, string>;
  rows: Record<string, RowState[]>;
  /** The image is decoration only: its alt text is written empty on purpose. */
  decorative?: boolean;
}

export interface BlockState {
  heading: string;
  headingLevel: string;
  columns: string;
  items: EntryState[];
}

export interface ConfigState {
  locale: string;
  baseUrl: string;
  linkTarget: string;
}

export interface ComposerState {
  block: BlockKind;
  blocks: Record<BlockKind, BlockState>;
  config: ConfigState;
  /** The level of the page heading just before the block (1–6), for the heading check. */
  pageHeadingLevel: string;
  /** Where the snippet's script and stylesheet come from (a folder URL); empty: the page's default, the CDN. */
  assetBase: string;
}

let counter = 0;
/** An id for keyed rendering and focus; never part of any output. */
export const newId = (): string => `e${Date.now().toString(36)}${(counter++).toString(36)}`;

export const emptyEntry = (values: Record<string, string> = {}): EntryState => ({ id: newId(), values, rows: {} });

export const emptyBlock = (): BlockState => ({ heading: '', headingLevel: '', columns: '', items: [] });

export function emptyState(): ComposerState {
  return {
    block: 'effort-grid',
    blocks: { 'effort-grid': emptyBlock(), 'kpi-block': emptyBlock(), 'related-links': emptyBlock() },
    config: { locale: '', baseUrl: '', linkTarget: '' },
    pageHeadingLevel: '1',
    assetBase: '',
  };
}

/** Limits for state read from outside, so a crafted link cannot make the page unusable. */
const MAX_ENTRIES = 500;
const MAX_ROWS = 200;
const MAX_TEXT = 20000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string =>
  typeof value === 'string' ? value.slice(0, MAX_TEXT) : typeof value === 'number' ? String(value) : '';

function textRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, raw] of Object.entries(value)) {
    if (!/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(key)) continue;
    const written = text(raw);
    if (written !== '') out[key] = written;
  }
  return out;
}

function readEntry(raw: unknown): EntryState {
  const entry = isRecord(raw) ? raw : {};
  const rows: Record<string, RowState[]> = {};
  if (isRecord(entry.rows)) {
    for (const [key, list] of Object.entries(entry.rows)) {
      if (!/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(key) || !Array.isArray(list)) continue;
      rows[key] = list
        .slice(0, MAX_ROWS)
        .map((row) => ({ id: newId(), values: textRecord(isRecord(row) && isRecord(row.values) ? row.values : row) }));
    }
  }
  return { id: newId(), values: textRecord(entry.values), rows, decorative: entry.decorative === true || undefined };
}

function readBlock(raw: unknown): BlockState {
  const block = isRecord(raw) ? raw : {};
  return {
    heading: text(block.heading),
    headingLevel: /^[2-6]$/.test(text(block.headingLevel)) ? text(block.headingLevel) : '',
    columns: /^(auto|[1-4])$/.test(text(block.columns)) ? text(block.columns) : '',
    items: Array.isArray(block.items) ? block.items.slice(0, MAX_ENTRIES).map(readEntry) : [],
  };
}

/** Any value (parsed from storage or a link) as a well-formed state; unknown parts are dropped. */
export function normaliseState(raw: unknown): ComposerState {
  const state = emptyState();
  if (!isRecord(raw)) return state;
  if (BLOCK_KINDS.includes(raw.block as BlockKind)) state.block = raw.block as BlockKind;
  const blocks = isRecord(raw.blocks) ? raw.blocks : {};
  for (const kind of BLOCK_KINDS) state.blocks[kind] = readBlock(blocks[kind]);
  const config = isRecord(raw.config) ? raw.config : {};
  state.config = {
    locale: text(config.locale).slice(0, 35),
    baseUrl: text(config.baseUrl),
    linkTarget: ['_self', '_blank'].includes(text(config.linkTarget)) ? text(config.linkTarget) : '',
  };
  if (/^[1-6]$/.test(text(raw.pageHeadingLevel))) state.pageHeadingLevel = text(raw.pageHeadingLevel);
  state.assetBase = text(raw.assetBase).trim().slice(0, 2000);
  return state;
}

/** The state without ids, for storage and links (ids are made anew on load). */
export function portableState(state: ComposerState): unknown {
  const strip = (block: BlockState) => ({
    ...block,
    items: block.items.map((entry) => ({
      values: entry.values,
      rows: Object.fromEntries(Object.entries(entry.rows).map(([key, rows]) => [key, rows.map((row) => row.values)])),
      ...(entry.decorative ? { decorative: true } : {}),
    })),
  });
  return {
    v: 1,
    block: state.block,
    blocks: Object.fromEntries(BLOCK_KINDS.map((kind) => [kind, strip(state.blocks[kind])])),
    config: state.config,
    pageHeadingLevel: state.pageHeadingLevel,
    assetBase: state.assetBase,
  };
}

/** True when nothing has been entered for any block, nor any setting. */
export function isEmptyState(state: ComposerState): boolean {
  return (
    BLOCK_KINDS.every((kind) => {
      const block = state.blocks[kind];
      return !block.heading && !block.headingLevel && !block.columns && block.items.length === 0;
    }) &&
    !state.config.locale &&
    !state.config.baseUrl &&
    !state.config.linkTarget &&
    !state.assetBase
  );
}
