/**
 * Authoring checks: what the data rules allow but readers would stumble over. Each check names
 * its entry and field, and the page says in plain words what is wrong and what to do
 * (words.ts, `check…`). They run on what goes out (output.ts's `items`), so they are about the
 * snippet that will be published. Whether a KPI value is a number is read with the elements'
 * own reader (core/format.ts), never a copy of it.
 */
import { parseWrittenNumber } from '../core/format.js';
import type { BlockKind, ComposerState } from './model.js';

export type CheckKind =
  | 'altMissing'
  | 'altFileName'
  | 'altBareWord'
  | 'linkTextVague'
  | 'linkTextUrl'
  | 'headingSkip'
  | 'descriptionLong'
  | 'valueAsWritten';

export interface CheckResult {
  kind: CheckKind;
  /** Index of the entry in the state; undefined for the block. */
  entry?: number;
  field: string;
  /** What was found (the text, the levels), for the explanation. */
  found?: string;
}

/** Alt text that says nothing of the picture. */
const BARE_WORDS = new Set([
  'image',
  'img',
  'picture',
  'pic',
  'photo',
  'photograph',
  'graphic',
  'icon',
  'banner',
  'logo',
  'placeholder',
  'placeholder image',
  'thumbnail',
  'figure',
  'alt',
  'untitled',
]);
const FILE_NAME = /^[^\s]*\.(png|jpe?g|gif|svg|webp|avif|bmp|tiff?|heic)$/i;
const FILE_LIKE = /^[\w-]+$/;

/** Link text that says nothing of where it leads, as a screen reader's list of links shows it. */
const VAGUE_LINK_TEXT = new Set([
  'click here',
  'click',
  'here',
  'link',
  'this link',
  'more',
  'read more',
  'more info',
  'more information',
  'details',
  'go',
  'this page',
]);
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[.!:…»›>\-–—]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

function checkAlt(alt: string, decorative: boolean, entry: number, results: CheckResult[]): void {
  if (decorative) return;
  const text = alt.trim();
  if (text === '') results.push({ kind: 'altMissing', entry, field: 'imageAlt' });
  else if (FILE_NAME.test(text) || (FILE_LIKE.test(text) && /[_-]/.test(text) && /\d/.test(text)))
    results.push({ kind: 'altFileName', entry, field: 'imageAlt', found: text });
  else if (BARE_WORDS.has(normalise(text)))
    results.push({ kind: 'altBareWord', entry, field: 'imageAlt', found: text });
}

function checkLinkText(text: string, field: string, entry: number, results: CheckResult[]): void {
  const written = text.trim();
  if (!written) return;
  if (BARE_URL.test(written)) results.push({ kind: 'linkTextUrl', entry, field, found: written });
  else if (VAGUE_LINK_TEXT.has(normalise(written)))
    results.push({ kind: 'linkTextVague', entry, field, found: written });
}

/** The level of the first heading the block puts on the page, or undefined when it has none. */
export function firstHeadingLevel(kind: BlockKind, heading: string, headingLevel: string): number | undefined {
  const level = Number(headingLevel) || 2;
  // Related links always have a heading ("Related Links" by default).
  if (heading.trim() || kind === 'related-links') return level;
  // A grid without a heading: its card titles are one level below its heading-level.
  if (kind === 'effort-grid') return level + 1;
  return undefined;
}

/** Runs every check on the entries that go out (`items`, with their indexes in the state). */
export function runChecks(
  state: ComposerState,
  items: readonly Record<string, unknown>[],
  entryIndex: readonly number[],
): CheckResult[] {
  const results: CheckResult[] = [];
  // Nothing to publish yet, nothing to advise on (a block with no entry shows nothing).
  if (items.length === 0) return results;
  const kind = state.block;
  const block = state.blocks[kind];
  const locale = state.config.locale.trim() || document.documentElement.lang || 'en';

  const first = firstHeadingLevel(kind, block.heading, block.headingLevel);
  const page = Number(state.pageHeadingLevel) || 1;
  if (first !== undefined && first > page + 1) {
    results.push({
      kind: 'headingSkip',
      field: block.heading.trim() || kind === 'related-links' ? 'headingLevel' : 'heading',
      found: `${page}→${first}`,
    });
  }

  items.forEach((data, position) => {
    const entry = entryIndex[position];
    const source = block.items[entry];
    if (kind === 'effort-grid') {
      if (typeof data.image === 'string')
        checkAlt(typeof data.imageAlt === 'string' ? data.imageAlt : '', source?.decorative === true, entry, results);
      if (typeof data.linkText === 'string') checkLinkText(data.linkText, 'linkText', entry, results);
    }
    if (kind === 'related-links' && typeof data.label === 'string') checkLinkText(data.label, 'label', entry, results);
    if (kind === 'kpi-block') {
      for (const field of ['value', 'target']) {
        const value = data[field];
        if (typeof value === 'string' && !parseWrittenNumber(value, locale))
          results.push({ kind: 'valueAsWritten', entry, field, found: value });
      }
    }
  });

  // A description far longer than the others: twice the median of the rest, and 100 characters more.
  const descriptions = items.map((data) => (typeof data.description === 'string' ? data.description.trim().length : 0));
  if (descriptions.filter((length) => length > 0).length >= 3) {
    descriptions.forEach((length, position) => {
      const others = descriptions.filter((other, index) => index !== position && other > 0).sort((a, b) => a - b);
      const median = others[others.length >> 1];
      if (length > 2 * median && length - median >= 100) {
        results.push({
          kind: 'descriptionLong',
          entry: entryIndex[position],
          field: 'description',
          found: `${length}/${median}`,
        });
      }
    });
  }
  return results;
}
