/**
 * Isomer Classic card grids (`<div class="isomer-card-grid">` of `<a class="isomer-card">`,
 * as seed 001 has them) → `<civic-effort-grid>` with `<civic-effort-card>` children.
 *
 * A grid is converted only when every card in it can be written without losing anything a
 * reader sees: title, description, link, image, alt text and link text. Anything else in a
 * card leaves the whole grid byte for byte, with the reason in the report. Consecutive grids
 * (the rows of one set of cards) become one grid, unless asked to keep them apart.
 */
import { checkUrl } from '../core/url.js';
import {
  attribute,
  classes,
  collapse,
  describeElement,
  elementsUnder,
  isElement,
  isText,
  rangeOf,
  textOf,
  type Element,
  type Node,
} from './html-tree.js';
import { gridHtml, type CardFields, type Layout } from './markup.js';
import { count, type PendingNote, type Replacement } from './report.js';

/** The alt text Isomer's editor writes when an author gives none. */
export const ISOMER_PLACEHOLDER_ALT = 'Placeholder image';

const GRID = 'isomer-card-grid';
const CARD = 'isomer-card';
const CONTAINERS = new Set(['isomer-card-image', 'isomer-image-wrapper', 'isomer-card-body']);
const FIELDS = {
  'isomer-card-title': 'heading',
  'isomer-card-description': 'description',
  'isomer-card-link': 'linkText',
};
type TextField = (typeof FIELDS)[keyof typeof FIELDS];
/** Markup inside a title or description whose text is kept (as text: a civic card's fields are text). */
const INLINE = new Set(['b', 'strong', 'i', 'em', 'u', 'span', 'small', 'sup', 'sub', 'abbr', 'br', 'wbr', 'code']);
/** What a card's `<a>` and `<img>` carry that a civic card has no place for, and says nothing a reader sees. */
const CARD_ATTRIBUTES = new Set(['class', 'href']);
const IMAGE_ATTRIBUTES = new Set(['src', 'alt']);

export interface GridContext {
  /** Added to the parse5 offsets: where the parsed text starts in the page. */
  offset: number;
  /** The whole page, for each grid's indentation. */
  page: string;
  newline: string;
  merge: boolean;
  /** The level of the last heading before an offset of the page, if any. */
  headingBefore: (offset: number) => number | undefined;
}

/** An attribute as the report shows it: `rel="noopener noreferrer nofollow"`. */
const shown = ({ name, value }: { name: string; value: string }) =>
  `${name}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

interface ReadCard {
  fields?: CardFields;
  /** Why the card cannot be converted. */
  reason?: string;
  warnings: string[];
  /** Attributes and markup not kept, for one line of the report. */
  dropped: Set<string>;
}

interface ReadGrid {
  element: Element;
  start: number;
  end: number;
  cards: CardFields[];
  reason?: string;
  warnings: string[];
  dropped: Set<string>;
}

/** Reads one field's text; markup inside it is noted, or is a reason when it is more than formatting. */
function readText(element: Element, card: ReadCard, name: string): string {
  for (const inner of elementsUnder(element)) {
    if (!INLINE.has(inner.tagName)) {
      card.reason ??= `its ${name} holds ${describeElement(inner)}, which a card's text cannot hold`;
    } else card.dropped.add(`<${inner.tagName}> in a ${name} (its text is kept)`);
  }
  return collapse(textOf(element));
}

function readCard(node: Element, index: number): ReadCard {
  const card: ReadCard = { warnings: [], dropped: new Set() };
  const number = `card ${index + 1}`;
  if (!classes(node).includes(CARD) || (node.tagName !== 'a' && node.tagName !== 'div')) {
    card.reason = `it holds ${describeElement(node)}, which is not an Isomer card`;
    return card;
  }
  const fields: Partial<Record<TextField, string>> & { href?: string; image?: string; imageAlt?: string } = {};
  for (const entry of node.attrs) if (!CARD_ATTRIBUTES.has(entry.name)) card.dropped.add(`${shown(entry)} on the card`);
  if (node.tagName === 'a') fields.href = attribute(node, 'href');

  const visit = (parent: Element) => {
    for (const child of parent.childNodes) {
      if (isText(child)) {
        if (child.value.trim())
          card.reason ??= `${number} has text outside its title and description ("${collapse(child.value).slice(0, 40)}")`;
        continue;
      }
      if (!isElement(child)) {
        if (child.nodeName === '#comment') card.dropped.add('comments');
        continue;
      }
      const names = classes(child);
      const field = names.map((name) => FIELDS[name as keyof typeof FIELDS]).find(Boolean);
      if (field) {
        if (fields[field] !== undefined) card.reason ??= `${number} has two ${describeElement(child)}`;
        fields[field] = readText(
          child,
          card,
          field === 'heading' ? 'title' : field === 'linkText' ? 'link text' : field,
        );
      } else if (child.tagName === 'img') {
        if (fields.image !== undefined) card.reason ??= `${number} has two images`;
        fields.image = attribute(child, 'src') ?? '';
        fields.imageAlt = attribute(child, 'alt');
        for (const entry of child.attrs)
          if (!IMAGE_ATTRIBUTES.has(entry.name)) card.dropped.add(`${shown(entry)} on the image`);
      } else if (names.some((name) => CONTAINERS.has(name))) {
        for (const entry of child.attrs)
          if (entry.name !== 'class') card.dropped.add(`${shown(entry)} on ${describeElement(child)}`);
        visit(child);
      } else card.reason ??= `${number} holds ${describeElement(child)}, which has no place in a civic card`;
    }
  };
  visit(node);
  if (card.reason) return card;

  const heading = fields.heading;
  if (!heading) return { ...card, reason: `${number} has no title (.isomer-card-title), which a civic card needs` };
  const description = fields.description || undefined;
  const href = fields.href?.trim() ? fields.href : undefined;
  const image = fields.image?.trim() ? fields.image : undefined;
  for (const [value, kind, name] of [
    [href, 'link', 'link'],
    [image, 'image', 'image'],
  ] as const) {
    const problem = value === undefined ? undefined : checkUrl(value, kind).problem;
    if (problem) return { ...card, reason: `${number}'s ${name} ${problem} (got ${JSON.stringify(value)})` };
  }
  if (image !== undefined && fields.imageAlt === undefined)
    card.warnings.push(
      `${number} ("${heading}"): the image has no alt text; it is written without image-alt, as decorative: give image-alt if it carries meaning`,
    );
  if (fields.imageAlt?.trim() === ISOMER_PLACEHOLDER_ALT)
    card.warnings.push(
      `${number} ("${heading}"): alt text "${ISOMER_PLACEHOLDER_ALT}" is what Isomer writes when none was given: write what the image shows, or image-alt="" if it is decorative`,
    );
  if (fields.linkText && href === undefined)
    card.warnings.push(
      `${number} ("${heading}"): link text "${fields.linkText}" is kept, but a card without a link does not show it`,
    );
  card.fields = {
    heading,
    description,
    href,
    image,
    imageAlt: image === undefined ? undefined : fields.imageAlt,
    linkText: fields.linkText || undefined,
  };
  if (image === undefined && fields.imageAlt !== undefined) card.dropped.add('the alt text of an image without src');
  return card;
}

function readGrid(element: Element, offset: number): ReadGrid | undefined {
  const range = rangeOf(element);
  if (!range) return undefined;
  const grid: ReadGrid = {
    element,
    start: range.start + offset,
    end: range.end + offset,
    cards: [],
    warnings: [],
    dropped: new Set(),
  };
  for (const entry of element.attrs) if (entry.name !== 'class') grid.dropped.add(`${shown(entry)} on the grid`);
  const children = element.childNodes.filter((child) => !(isText(child) && !child.value.trim()));
  let index = 0;
  for (const child of children) {
    if (!isElement(child)) {
      if (child.nodeName === '#comment') grid.dropped.add('comments');
      else grid.reason ??= `it holds text between its cards ("${collapse(textOf(child)).slice(0, 40)}")`;
      continue;
    }
    const card = readCard(child, index++);
    if (card.reason) grid.reason ??= card.reason;
    if (card.fields) grid.cards.push(card.fields);
    grid.warnings.push(...card.warnings);
    for (const dropped of card.dropped) grid.dropped.add(dropped);
  }
  if (!grid.reason && grid.cards.length === 0) grid.reason = 'it has no cards';
  return grid;
}

/** Whether only white space lies between two nodes of the same parent. */
function adjacent(previous: Element, next: Element): boolean {
  const siblings: Node[] = previous.parentNode?.childNodes ?? [];
  const from = siblings.indexOf(previous);
  const to = siblings.indexOf(next);
  return from >= 0 && to > from && siblings.slice(from + 1, to).every((node) => isText(node) && !node.value.trim());
}

/** The white space before `offset` on its line, when nothing else is there: the new block's indentation. */
function indentAt(page: string, offset: number): string {
  const lineStart = page.lastIndexOf('\n', offset - 1) + 1;
  const before = page.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : '';
}

/**
 * Converts the Isomer card grids under `root` (a parsed page or Markdown body): the
 * replacements to make, and the report.
 */
export function convertCardGrids(
  root: Node,
  context: GridContext,
): { replacements: Replacement[]; notes: PendingNote[]; blocks: number } {
  const replacements: Replacement[] = [];
  const notes: PendingNote[] = [];
  const grids: ReadGrid[] = [];
  for (const element of elementsUnder(root, (element) => !classes(element).includes(GRID))) {
    if (!classes(element).includes(GRID)) continue;
    const grid = readGrid(element, context.offset);
    if (grid) grids.push(grid);
  }

  // Runs of convertible grids with nothing but white space between them: one civic grid each.
  const runs: ReadGrid[][] = [];
  for (const grid of grids) {
    if (grid.reason) {
      notes.push({ offset: grid.start, kind: 'left', message: `Isomer card grid left as it is: ${grid.reason}` });
      continue;
    }
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (context.merge && last && !last.reason && adjacent(last.element, grid.element)) run.push(grid);
    else runs.push([grid]);
  }

  for (const run of runs) {
    const start = run[0].start;
    const end = run[run.length - 1].end;
    const cards = run.flatMap((grid) => grid.cards);
    const columns = Math.min(4, Math.max(...run.map((grid) => grid.cards.length)));
    const level = context.headingBefore(start);
    const headingLevel = level === undefined ? undefined : Math.min(6, Math.max(2, level));
    const layout: Layout = { indent: indentAt(context.page, start), newline: context.newline };
    replacements.push({
      start,
      end,
      text: gridHtml(cards, { headingLevel: headingLevel === 2 ? undefined : headingLevel, columns }, layout),
    });
    const tiles = cards.filter((card) => card.description === undefined).length;
    notes.push({
      offset: start,
      kind: 'converted',
      message: `${run.length === 1 ? 'an Isomer card grid' : `${run.length} consecutive Isomer card grids`} (${count(cards.length, 'card')}${tiles ? `, ${tiles} without a description: image tiles` : ''}) → <civic-effort-grid> with columns="${columns}" (the most cards in one Isomer row)${headingLevel ? ` and card titles one level below the h${level} before it` : ''}`,
    });
    for (const grid of run)
      for (const warning of grid.warnings) notes.push({ offset: grid.start, kind: 'warning', message: warning });
    const dropped = new Set(run.flatMap((grid) => [...grid.dropped]));
    if (dropped.size)
      notes.push({
        offset: start,
        kind: 'warning',
        message: `not kept, as civic cards draw these themselves: ${[...dropped].join(', ')}`,
      });
  }
  return { replacements, notes, blocks: runs.length };
}
