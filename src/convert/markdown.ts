/**
 * Markdown pages as Isomer Classic writes them (Jekyll: YAML front matter, then Markdown with
 * HTML blocks): where the front matter ends (its bytes are never touched), which parts of the
 * body are not Markdown text (code, comments, HTML blocks), the headings, and image-link tiles
 * (seed 000: `[![alt](image)](href)`, then `**Title**`) → an image-tile `<civic-effort-grid>`.
 */
import { parseFragment } from 'parse5';
import { checkUrl } from '../core/url.js';
import { collapse, elementsUnder, rangeOf, textOf, type Node } from './html-tree.js';
import { gridHtml, type CardFields } from './markup.js';
import { ConvertError, count, type PendingNote, type Replacement } from './report.js';

/** Where the body starts: after the front matter's closing `---` line (0 without front matter). */
export function bodyStart(text: string): number {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const found = close.exec(rest);
  if (!found) throw new ConvertError('its front matter (the --- on line 1) has no closing --- line');
  return open[0].length + found.index + found[0].length;
}

/** `text` with the characters of each range turned to spaces (line breaks kept, so offsets and lines stay). */
function blank(text: string, ranges: readonly { start: number; end: number }[]): string {
  let result = text;
  for (const { start, end } of ranges)
    result = result.slice(0, start) + result.slice(start, end).replace(/[^\r\n]/g, ' ') + result.slice(end);
  return result;
}

/** Fenced code blocks (``` or ~~~, to their closing fence or the end) and HTML comments. */
function codeAndComments(body: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  for (let open = fence.exec(body); open; open = fence.exec(body)) {
    const marker = open[1];
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'gm');
    closing.lastIndex = open.index + open[0].length;
    const close = closing.exec(body);
    const end = close ? close.index + close[0].length : body.length;
    ranges.push({ start: open.index, end });
    fence.lastIndex = end;
  }
  for (const comment of body.matchAll(/<!--[^]*?(?:-->|$)/g))
    ranges.push({ start: comment.index, end: comment.index + comment[0].length });
  return ranges;
}

/** HTML elements whose content is not Markdown text (kramdown and CommonMark agree on these). */
const HTML_BLOCKS = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre script section style table tbody td tfoot th thead tr textarea ul'.split(
    ' ',
  ),
);

export interface MarkdownBody {
  start: number;
  /** The body with code and comments blanked: what the HTML parser and the tile finder read. */
  masked: string;
  /** The body parsed as an HTML fragment (for card grids and HTML headings), offsets relative to the body. */
  fragment: Node;
}

export function readBody(text: string): MarkdownBody {
  const start = bodyStart(text);
  const body = text.slice(start);
  const masked = blank(body, codeAndComments(body));
  return { start, masked, fragment: parseFragment(masked, { sourceCodeLocationInfo: true }) };
}

/** The level of the last heading before `offset` (of the page): Markdown ones (# and underlined) and HTML ones. */
export function markdownHeadingBefore(body: MarkdownBody, offset: number): number | undefined {
  const before = body.masked.slice(0, offset - body.start);
  let level: number | undefined;
  let at = -1;
  const lines = before.split('\n');
  let position = 0;
  lines.forEach((line, index) => {
    const atx = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
    const setext = /^ {0,3}(=+|-+)[ \t]*\r?$/.exec(line);
    if (atx) [level, at] = [atx[1].length, position];
    else if (setext && index > 0 && lines[index - 1].trim() && !/^ {0,3}([-*+]|\d+[.)])[ \t]/.test(lines[index - 1]))
      [level, at] = [setext[1][0] === '=' ? 1 : 2, position];
    position += line.length + 1;
  });
  for (const element of elementsUnder(body.fragment)) {
    const range = rangeOf(element);
    const heading = /^h([1-6])$/.exec(element.tagName);
    if (heading && range && range.start > at && range.start < offset - body.start)
      [level, at] = [Number(heading[1]), range.start];
  }
  return level;
}

// `[![alt](image "title")](href "title")` alone on a line, and `**Title**` (or `__Title__`).
const DESTINATION = String.raw`(<[^<>\n]*>|[^\s()<>]+)(?:\s+("[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?`;
const TILE_LINK = new RegExp(
  String.raw`^ {0,3}\[!\[((?:[^\[\]\\\n]|\\.)*)\]\(\s*${DESTINATION}\s*\)\]\(\s*${DESTINATION}\s*\)[ \t]*\r?$`,
);
const TILE_TITLE = /^ {0,3}(\*\*|__)((?:[^*_[\]`<\\\n]|\\.)+?)\1[ \t]*\r?$/;

/** Markdown's backslash escapes and character references, as a Markdown renderer reads them. */
function markdownText(text: string): string {
  const unescaped = text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  if (!unescaped.includes('&') || /<\/textarea/i.test(unescaped)) return unescaped;
  // A <textarea>'s content is text with character references: parse5 decodes them as a browser does.
  return textOf(parseFragment(`<textarea>${unescaped}</textarea>`).childNodes[0]);
}

const destination = (raw: string) => markdownText(raw.startsWith('<') ? raw.slice(1, -1) : raw);

interface Tile {
  start: number;
  end: number;
  card?: CardFields;
  reason?: string;
  dropped: string[];
}

function readTile(link: RegExpExecArray, title: RegExpExecArray): Omit<Tile, 'start' | 'end'> {
  const [, alt, image, imageTitle, href, linkTitle] = link;
  const dropped: string[] = [];
  if (imageTitle) dropped.push('an image title');
  if (linkTitle) dropped.push('a link title');
  const card: CardFields = {
    heading: collapse(markdownText(title[2])),
    href: destination(href),
    image: destination(image),
    imageAlt: markdownText(alt),
  };
  for (const [value, kind] of [
    [card.href, 'link'],
    [card.image, 'image'],
  ] as const) {
    const problem = checkUrl(value, kind).problem;
    if (problem) return { reason: `its ${kind} ${problem} (got ${JSON.stringify(value)})`, dropped };
  }
  if (!card.heading) return { reason: 'its title is blank', dropped };
  return { card, dropped };
}

/**
 * Converts runs of image-link tiles (two or more, each a paragraph of its own, blank lines
 * between) into an image-tile grid. Tiles in code, comments or HTML blocks are not Markdown
 * and are left alone.
 */
export function convertTiles(
  body: MarkdownBody,
  newline: string,
  options: { decorativeRepeatedAlt?: boolean } = {},
): { replacements: Replacement[]; notes: PendingNote[]; blocks: number } {
  const replacements: Replacement[] = [];
  const notes: PendingNote[] = [];
  // HTML blocks are not Markdown: blank them too before looking for tiles.
  const html: { start: number; end: number }[] = [];
  for (const element of elementsUnder(body.fragment, (element) => !HTML_BLOCKS.has(element.tagName))) {
    const range = rangeOf(element);
    if (HTML_BLOCKS.has(element.tagName) && range) html.push(range);
  }
  const text = blank(body.masked, html);
  const lines: { start: number; text: string }[] = [];
  let position = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: position, text: line });
    position += line.length + 1;
  }
  const isBlank = (index: number) => index >= lines.length || !lines[index].text.trim();

  const runs: Tile[][] = [];
  let run: Tile[] = [];
  let index = 0;
  while (index < lines.length) {
    // A tile is a paragraph of its own: a blank line (or the start of the body) before it.
    const link = index === 0 || isBlank(index - 1) ? TILE_LINK.exec(lines[index].text) : null;
    let next = index + 1;
    while (link && next < lines.length && isBlank(next)) next++;
    const title = link && next < lines.length ? TILE_TITLE.exec(lines[next].text) : null;
    if (link && title && isBlank(next + 1)) {
      const end = lines[next].start + lines[next].text.replace(/\r$/, '').length;
      run.push({ start: lines[index].start, end, ...readTile(link, title) });
      index = next + 1;
      continue;
    }
    if (link) {
      notes.push({
        offset: body.start + lines[index].start,
        kind: 'left',
        message: 'a linked image without a bold title of its own after it: left as it is (an image tile needs a title)',
      });
    }
    if (!isBlank(index) && run.length) {
      runs.push(run);
      run = [];
    }
    index++;
  }
  if (run.length) runs.push(run);

  for (const tiles of runs) {
    const start = body.start + tiles[0].start;
    const end = body.start + tiles[tiles.length - 1].end;
    const bad = tiles.findIndex((tile) => tile.reason);
    if (bad >= 0 || tiles.length < 2) {
      notes.push({
        offset: start,
        kind: 'left',
        message:
          bad >= 0
            ? `${count(tiles.length, 'image-link tile')} left as they are: tile ${bad + 1}: ${tiles[bad].reason}`
            : 'one linked image with a bold title: left as it is (image tiles come in runs of two or more)',
      });
      continue;
    }
    const cards = tiles.map((tile) => ({ ...tile.card! }));
    const titles = cards.map((card) => card.heading);
    const repeating: number[] = [];
    const converted: PendingNote[] = [];
    cards.forEach((card, number) => {
      const other = titles.findIndex((title, at) => at !== number && title === card.imageAlt);
      if (other >= 0)
        converted.push({
          offset: body.start + tiles[number].start,
          kind: 'warning',
          message: `tile ${number + 1} ("${card.heading}"): its alt text is the title of tile ${other + 1} ("${titles[other]}"): kept as written; check that it describes this image`,
        });
      else if (card.imageAlt === card.heading) {
        repeating.push(number + 1);
        if (options.decorativeRepeatedAlt) card.imageAlt = '';
      }
    });
    if (repeating.length)
      converted.push({
        offset: start,
        kind: 'warning',
        message: `${repeating.length === 1 ? 'tile' : 'tiles'} ${repeating.join(', ')}: the alt text repeats the title, so screen readers hear it twice: ${
          options.decorativeRepeatedAlt
            ? 'written as image-alt="" (decorative), as asked'
            : 'kept as written; image-alt="" marks the image as decorative (--decorative-repeated-alt)'
        }`,
      });
    replacements.push({ start, end, text: gridHtml(cards, { columns: 4 }, { indent: '', newline }) });
    notes.push({
      offset: start,
      kind: 'converted',
      message: `${count(cards.length, 'Markdown image-link tile')} → an image-tile <civic-effort-grid> with columns="4"`,
    });
    notes.push(...converted);
    const dropped = [...new Set(tiles.flatMap((tile) => tile.dropped))];
    if (dropped.length) notes.push({ offset: start, kind: 'warning', message: `not kept: ${dropped.join(', ')}` });
  }
  return { replacements, notes, blocks: replacements.length };
}

/**
 * Hints for the migration, not conversions: a "Related Links" list (seed 002) is what
 * `<civic-related-links>` shows, and it takes the list as it is, inside it.
 */
export function hints(body: MarkdownBody): PendingNote[] {
  const notes: PendingNote[] = [];
  for (const found of body.masked.matchAll(/^ {0,3}(?:#{1,6}[ \t]*|\*\*|__)?Related Links:?(?:\*\*|__)?[ \t]*\r?$/gim))
    notes.push({
      offset: body.start + found.index,
      kind: 'left',
      message:
        'a "Related Links" list: left as it is; wrapping the list (as HTML links) in <civic-related-links> shows it as one (docs/migrating-from-isomer.md)',
    });
  return notes;
}
