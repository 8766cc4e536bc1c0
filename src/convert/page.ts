/**
 * civic-blocks/convert/page: one page's text in, the same page with civic blocks out, and a
 * report. No file, no Node API: it runs in a browser as in Node (the composer calls it there;
 * `civic-blocks convert` and civic-blocks/convert add the files around it).
 *
 * - HTML pages: Isomer Classic card grids → `<civic-effort-grid>` with `<civic-effort-card>`s.
 * - Markdown pages (Isomer Classic: YAML front matter, then Markdown and HTML): the same card
 *   grids, and runs of image-link tiles → an image-tile `<civic-effort-grid>`. The front
 *   matter is never touched.
 * - Isomer Next page JSON: `infocards` → a `civic-effort-grid` block, `keystatistics` → a
 *   `civic-kpi-block` block.
 * Everything else stays byte for byte; converting a converted page changes nothing.
 */
import { parse } from 'parse5';
import { elementsUnder, rangeOf, type Node } from './html-tree.js';
import { convertCardGrids } from './isomer-classic.js';
import { convertIsomerNext } from './isomer-next.js';
import { convertTiles, hints, markdownHeadingBefore, readBody } from './markdown.js';
import {
  applyReplacements,
  ConvertError,
  notesByLine,
  type ConvertNote,
  type PendingNote,
  type Replacement,
} from './report.js';

export type PageFormat = 'html' | 'markdown' | 'isomer-next';
export const PAGE_FORMATS: readonly PageFormat[] = ['html', 'markdown', 'isomer-next'];

export interface ConvertOptions {
  /** What the text is; by default, from `name`'s extension (`formatOf`). */
  format?: PageFormat;
  /** The file's name, for the format and for messages. */
  name?: string;
  /** Consecutive Isomer card grids (the rows of one set) become one civic grid. Default true. */
  mergeGrids?: boolean;
  /**
   * An image tile whose alt text is its own title (screen readers hear it twice) gets
   * `image-alt=""`, decorative, instead of its alt text. Default false: alt texts are kept.
   */
  decorativeRepeatedAlt?: boolean;
  /** The locale Isomer's figures are read in ("880,000"). Default `en`. */
  locale?: string;
}

export interface ConvertResult {
  /** The page with its civic blocks: the input itself, byte for byte, where there was nothing to convert. */
  output: string;
  format: PageFormat;
  /** How many civic blocks were written. */
  blocks: number;
  changed: boolean;
  /** What was converted, what was left alone and why, what is worth a look: by line of the input. */
  notes: ConvertNote[];
}

/** The format a file name says (`.html`, `.htm`, `.md`, `.markdown`, `.json`), if any. */
export function formatOf(name: string): PageFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase();
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'json') return 'isomer-next';
  return undefined;
}

const newlineOf = (text: string) => (/\r\n/.test(text) ? '\r\n' : '\n');

/** The level of the last HTML heading before `offset`, in a parsed page. */
function htmlHeadingBefore(root: Node, offset: number): number | undefined {
  let level: number | undefined;
  for (const element of elementsUnder(root)) {
    const heading = /^h([1-6])$/.exec(element.tagName);
    const range = rangeOf(element);
    if (heading && range && range.start < offset) level = Number(heading[1]);
  }
  return level;
}

/**
 * Converts one page. Throws ConvertError, with a one-line reason, when the text cannot be read
 * as the format it was given as (JSON that is not an Isomer Next page, an unclosed front matter).
 */
export function convertPage(text: string, options: ConvertOptions = {}): ConvertResult {
  const format = options.format ?? (options.name ? formatOf(options.name) : undefined) ?? 'html';
  if (!PAGE_FORMATS.includes(format)) throw new ConvertError(`unknown format "${String(format)}"`);
  const newline = newlineOf(text);
  const merge = options.mergeGrids ?? true;
  let replacements: Replacement[] = [];
  let notes: PendingNote[] = [];
  let blocks = 0;
  const add = (found: { replacements: Replacement[]; notes: PendingNote[]; blocks: number }) => {
    replacements = replacements.concat(found.replacements);
    notes = notes.concat(found.notes);
    blocks += found.blocks;
  };

  if (format === 'isomer-next') add(convertIsomerNext(text, newline, options.locale ?? 'en'));
  else if (format === 'html') {
    const document = parse(text, { sourceCodeLocationInfo: true });
    add(
      convertCardGrids(document, {
        offset: 0,
        page: text,
        newline,
        merge,
        headingBefore: (offset) => htmlHeadingBefore(document, offset),
      }),
    );
  } else {
    const body = readBody(text);
    add(
      convertCardGrids(body.fragment, {
        offset: body.start,
        page: text,
        newline,
        merge,
        headingBefore: (offset) => markdownHeadingBefore(body, offset),
      }),
    );
    add(convertTiles(body, newline, options));
    notes = notes.concat(hints(body));
  }

  if (blocks === 0)
    notes.push({
      offset: 0,
      kind: 'left',
      message:
        format === 'isomer-next'
          ? 'nothing to convert: no infocards or keystatistics block'
          : `nothing to convert: no Isomer card grid${format === 'markdown' ? ' and no image-link tiles' : ''}`,
    });
  const output = applyReplacements(text, replacements);
  return { output, format, blocks, changed: output !== text, notes: notesByLine(text, notes) };
}

export { ConvertError } from './report.js';
export type { ConvertNote, NoteKind } from './report.js';
export { gridHtml, kpiBlockHtml } from './markup.js';
export type { BlockAttributes, CardFields, KpiFields, Layout } from './markup.js';
export { CIVIC_GRID_BLOCK, CIVIC_KPI_BLOCK, civicBlockHtml } from './isomer-next.js';
export type { CivicBlock } from './isomer-next.js';
