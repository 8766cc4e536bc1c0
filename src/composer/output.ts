/**
 * Everything the composer gives out, built from its state by one pure function (`buildOutput`):
 * the entries as data, the block as a tree of elements, and the three texts to copy. The
 * preview is built from the same tree (preview.ts), so what is copied is what the preview shows.
 *
 * Escaping happens in one place, `serialise`: every attribute value and every text written
 * into markup goes through `escapeAttribute` / `escapeText`, and no tag or attribute name ever
 * comes from content. A URL the elements would refuse (`javascript:`, `data:`, …) never reaches
 * the output at all: core/url.ts decides, as it does for the elements.
 */
import { checkUrl } from '../core/url.js';
import { attributeOf } from '../core/data-element.js';
import { BLOCKS, type BlockKind, type ComposerState, type EntryState } from './model.js';
import type { FieldSpec } from './schema-fields.js';

/** A node of the output: an element (names from code only) or a text. */
export type OutputNode = { tag: string; attributes: [string, string][]; children: OutputNode[] } | { text: string };

/** Something the composer found while building the output, named by entry and field. */
export interface OutputIssue {
  /** Index of the entry in the state (0-based); undefined for the block. */
  entry?: number;
  field: string;
  kind: 'required' | 'url';
  /** For `url`: why the URL was refused (core/url.ts's words). */
  detail?: string;
}

export interface BuiltOutput {
  /** The entries that go out, as data (the JSON of `items` and of the `src` file). */
  items: Record<string, unknown>[];
  /** For each entry that goes out, its index in the state: to name problems the elements report. */
  entryIndex: number[];
  /** The block (inside `<civic-config>` when a setting is given), with child markup. */
  tree: OutputNode[];
  /** The same block with the entries as its `items` attribute. */
  itemsTree: OutputNode[];
  /** Copy: the stylesheet and script tags, then the block with child markup. */
  childMarkup: string;
  /** Copy: the tags, then the block with its `items` attribute. */
  itemsMarkup: string;
  /** Copy: a JSON file for `src`, with `$schema`. */
  srcFile: string;
  /** The block element with `src`, to show next to the file. */
  srcMarkup: string;
  issues: OutputIssue[];
}

export interface OutputContext {
  fields: readonly FieldSpec[];
  /** The `$id` of the block's source schema, written as `$schema` in the `src` file. */
  sourceSchemaId?: string;
  /** The folder of the drop-in files when the state names none (the CDN of this version). */
  assetBase?: string;
}

const NUMBER_LITERAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Text as a JSON value: a plain number literal becomes a number, anything else stays text. */
function numberOrText(value: string): number | string {
  return NUMBER_LITERAL.test(value) && Number.isFinite(Number(value)) ? Number(value) : value;
}

/** Fields the elements read as numbers (a KPI's value and target, a trend point's value). */
const NUMERIC_FIELDS = new Set(['value', 'target']);

/** One entry as data, in the schema's field order; empty fields left out. */
function entryData(
  entry: EntryState,
  fields: readonly FieldSpec[],
  index: number,
  issues: OutputIssue[],
): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let complete = true;
  for (const field of fields) {
    if (field.kind === 'rows') {
      const rows = (entry.rows[field.key] ?? [])
        .map((row) => {
          const point: Record<string, unknown> = {};
          for (const column of field.columns ?? []) {
            const value = (row.values[column.key] ?? '').trim();
            if (value !== '') point[column.key] = NUMERIC_FIELDS.has(column.key) ? numberOrText(value) : value;
          }
          return point;
        })
        .filter((point) => Object.keys(point).length > 0);
      if (rows.length) data[field.key] = rows;
      continue;
    }
    let value = (entry.values[field.key] ?? '').trim();
    if (field.key === 'imageAlt' && entry.decorative) {
      data[field.key] = '';
      continue;
    }
    if (value !== '' && field.kind === 'url') {
      const check = checkUrl(value, field.urlKind ?? 'link');
      if (check.problem) {
        issues.push({ entry: index, field: field.key, kind: 'url', detail: check.problem });
        value = '';
      } else value = check.url ?? '';
    }
    if (value === '') {
      if (field.required) {
        issues.push({ entry: index, field: field.key, kind: 'required' });
        complete = false;
      }
      continue;
    }
    data[field.key] = NUMERIC_FIELDS.has(field.key) ? numberOrText(value) : value;
  }
  return complete ? data : undefined;
}

const element = (tag: string, attributes: [string, string][], children: OutputNode[] = []): OutputNode => ({
  tag,
  attributes,
  children,
});

/** The block element's own attributes (heading, heading-level, columns). */
function blockAttributes(state: ComposerState): [string, string][] {
  const block = state.blocks[state.block];
  const attributes: [string, string][] = [];
  if (block.heading.trim()) attributes.push(['heading', block.heading.trim()]);
  if (block.headingLevel) attributes.push(['heading-level', block.headingLevel]);
  if (BLOCKS[state.block].columns && block.columns) attributes.push(['columns', block.columns]);
  return attributes;
}

/** Wraps the block in `<civic-config>` when any setting is given. */
function withConfig(state: ComposerState, block: OutputNode): OutputNode[] {
  const { locale, baseUrl, linkTarget } = state.config;
  const attributes: [string, string][] = [];
  if (locale.trim()) attributes.push(['locale', locale.trim()]);
  if (baseUrl.trim()) attributes.push(['base-url', baseUrl.trim()]);
  if (linkTarget) attributes.push(['link-target', linkTarget]);
  return attributes.length ? [element('civic-config', attributes, [block])] : [block];
}

/** An entry's value as an attribute: text as it is, lists as JSON. */
const attributeText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** One entry as child markup of its block. */
/** A value of an entry's data as text (entries hold text, numbers and lists only). */
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);

function childOf(kind: BlockKind, data: Record<string, unknown>): OutputNode {
  if (kind === 'related-links') {
    const children: OutputNode[] = [element('a', [['href', textOf(data.href)]], [{ text: textOf(data.label) }])];
    if (data.description !== undefined) children.push({ text: ` ${textOf(data.description)}` });
    return element('li', [], children);
  }
  const definition = BLOCKS[kind];
  const attributes: [string, string][] = [];
  let text: string | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (key === definition.textField) text = String(value);
    else attributes.push([attributeOf(key), attributeText(value)]);
  }
  return element(definition.child!, attributes, text === undefined ? [] : [{ text }]);
}

/** Builds every output from the state. Pure: the same state gives the same output. */
export function buildOutput(state: ComposerState, context: OutputContext): BuiltOutput {
  const kind = state.block;
  const definition = BLOCKS[kind];
  const issues: OutputIssue[] = [];
  const items: Record<string, unknown>[] = [];
  const entryIndex: number[] = [];
  state.blocks[kind].items.forEach((entry, index) => {
    const data = entryData(entry, context.fields, index, issues);
    if (data) {
      items.push(data);
      entryIndex.push(index);
    }
  });
  const attributes = blockAttributes(state);
  const children = items.map((data) => childOf(kind, data));
  const tree = withConfig(
    state,
    element(
      definition.tag,
      attributes,
      kind === 'related-links' && children.length ? [element('ul', [], children)] : children,
    ),
  );
  const itemsTree = withConfig(state, element(definition.tag, [...attributes, ['items', JSON.stringify(items)]]));
  const tags = headTags(state.assetBase || context.assetBase || '');
  const srcName = `${kind === 'effort-grid' ? 'efforts' : kind === 'kpi-block' ? 'figures' : 'links'}.json`;
  const file: Record<string, unknown> = {};
  if (context.sourceSchemaId) file.$schema = context.sourceSchemaId;
  file.items = items;
  return {
    items,
    entryIndex,
    tree,
    itemsTree,
    childMarkup: `${tags}\n${serialise(tree)}\n`,
    itemsMarkup: `${tags}\n${serialise(itemsTree, { compactItems: true })}\n`,
    srcFile: `${JSON.stringify(file, null, 2)}\n`,
    srcMarkup: serialise(withConfig(state, element(definition.tag, [...attributes, ['src', `/data/${srcName}`]]))),
    issues,
  };
}

/** The stylesheet and script tags of a snippet, from the folder the files are served from. */
export function headTags(assetBase: string): string {
  const base = assetBase.endsWith('/') ? assetBase : `${assetBase}/`;
  return (
    `<link rel="stylesheet" href="${escapeAttribute(`${base}civic-blocks.css`)}">\n` +
    `<script type="module" src="${escapeAttribute(`${base}civic-blocks.min.js`)}"></script>`
  );
}

/** Text for an attribute value between double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** Text for an element's content. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** Text for an attribute value between single quotes (the `items` JSON, which is full of double quotes). */
function escapeSingleQuoted(value: string): string {
  return value.replace(/[&'<>]/g, (c) => ({ '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!);
}

const attributeMarkup = (name: string, value: string): string => ` ${name}="${escapeAttribute(value)}"`;

/** A text, or a link holding only text, written on its parent's line. */
function inlineMarkup(node: OutputNode): string {
  if ('text' in node) return escapeText(node.text);
  const attributes = node.attributes.map(([name, value]) => attributeMarkup(name, value)).join('');
  return `<${node.tag}${attributes}>${node.children.map(inlineMarkup).join('')}</${node.tag}>`;
}

const isInline = (node: OutputNode): boolean =>
  'text' in node || (node.tag === 'a' && node.children.every((child) => 'text' in child));

/**
 * Markup of a tree: each element on its own line, children indented; text escaped; the
 * `items` attribute single-quoted (`compactItems`) so its JSON stays readable.
 */
export function serialise(nodes: readonly OutputNode[], options: { compactItems?: boolean } = {}, depth = 0): string {
  const indent = '  '.repeat(depth);
  return nodes
    .map((node) => {
      if ('text' in node) return `${indent}${escapeText(node.text)}`;
      const attributes = node.attributes
        .map(([name, value]) =>
          options.compactItems && name === 'items'
            ? ` ${name}='${escapeSingleQuoted(value)}'`
            : attributeMarkup(name, value),
        )
        .join('');
      const open = `${indent}<${node.tag}${attributes}>`;
      const close = `</${node.tag}>`;
      if (node.children.length === 0) return `${open}${close}`;
      // Text and links stay on the element's line (a card's description, a link and its description).
      if (node.children.every(isInline)) return `${open}${node.children.map(inlineMarkup).join('')}${close}`;
      return `${open}\n${serialise(node.children, options, depth + 1)}\n${indent}${close}`;
    })
    .join('\n');
}
