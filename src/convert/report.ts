/** What converting a page says about it: one note per thing converted, left alone or worth a look. */

/**
 * - `converted`: a block of the page now written as a civic element;
 * - `left`: something that looked convertible, left byte for byte, and why;
 * - `warning`: converted, but worth a look (an alt text Isomer made up, a figure kept as text…).
 */
export type NoteKind = 'converted' | 'left' | 'warning';

export interface ConvertNote {
  /** The 1-based line of the input where the thing starts. */
  line: number;
  kind: NoteKind;
  message: string;
}

/** A note while converting: where it is as an offset into the input, turned into a line at the end. */
export interface PendingNote {
  offset: number;
  kind: NoteKind;
  message: string;
}

/** A piece of the input replaced by new text; every other byte stays as it was. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Input that cannot be read as the kind of page it was given as: the one-line reason. */
export class ConvertError extends Error {
  override name = 'ConvertError';
}

/** The input with the replacements made (they must not overlap). */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let output = '';
  let at = 0;
  for (const { start, end, text: inserted } of [...replacements].sort((a, b) => a.start - b.start)) {
    output += text.slice(at, start) + inserted;
    at = end;
  }
  return output + text.slice(at);
}

/** Each note's offset as a 1-based line number, in the order of the page. */
export function notesByLine(text: string, notes: readonly PendingNote[]): ConvertNote[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  return notes
    .map((note, order) => ({ note, order, line: lineOf(note.offset) }))
    .sort((a, b) => a.line - b.line || a.order - b.order)
    .map(({ note, line }) => ({ line, kind: note.kind, message: note.message }));
}

/** "1 card", "9 cards". */
export const count = (n: number, word: string, plural = `${word}s`): string => `${n} ${n === 1 ? word : plural}`;
