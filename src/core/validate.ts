/**
 * Small typed validators that turn untrusted entries into normalised items. Each entry is
 * read through a FieldReader that records problems as `items[3].heading is required` (an entry
 * of JSON: 0-based, as docs/api.md says) or `<civic-kpi> 4: label is required` (a child element:
 * named, and counted from 1 as a page's author counts them), with the field they are about: a
 * problem in a required field skips the entry; a problem in an optional field drops that field
 * and keeps the entry.
 */
import { parseWrittenNumber } from './format.js';
import { checkUrl, type UrlKind } from './url.js';

/** One problem of an entry: its message (naming the field and the index), and the field. */
export interface Problem {
  message: string;
  /** The entry's field the problem is about; absent for a problem with the entry as a whole. */
  field?: string;
}

export interface Validation<T> {
  value: T[];
  /** (Not `problems`: that is civic-error's detail key, which the drop-in bundle must not rename.) */
  found: Problem[];
}

/** The key of what a child element gives beyond JSON (see FieldReader.fromChild). */
export const FROM_CHILD = Symbol();

/**
 * The key of a child element's text that its family does not read (a `<civic-kpi>`'s: its
 * attributes are the KPI, its text the page's fallback). The first required field found missing
 * says it was ignored, so that an author who wrote the label or value there learns where it went.
 */
export const IGNORED_TEXT = Symbol();

export interface FieldOptions {
  required?: boolean;
}

export class FieldReader {
  /** Set when a required field is missing or invalid: the entry is then skipped. */
  skip = false;

  constructor(
    private readonly entry: Record<string | symbol, unknown>,
    /** What comes before a field's name in a message: `items[3].`, or `<civic-kpi> 4: ` for a child. */
    private readonly path: string,
    private readonly found: Problem[],
  ) {}

  private fail(name: string, problem: string, required: boolean | undefined): undefined {
    this.found.push({ message: `${this.path}${name} ${problem}`, field: name });
    if (required) this.skip = true;
    return undefined;
  }

  /** A required field that is absent: reported, the first time with the child's ignored text. */
  private absent(name: string, skip: boolean): undefined {
    const ignored = this.entry[IGNORED_TEXT];
    this.entry[IGNORED_TEXT] = undefined;
    return this.fail(
      name,
      ignored ? `is required; its text ${describeValue(ignored)} was ignored` : 'is required',
      skip,
    );
  }

  private missing(name: string, options: FieldOptions): undefined {
    return options.required ? this.absent(name, true) : undefined;
  }

  /** A string (numbers are accepted and written out). Blank counts as missing. */
  text(name: string, options: FieldOptions = {}): string | undefined {
    const raw = this.entry[name];
    if (raw === undefined || raw === null) return this.missing(name, options);
    if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
    if (typeof raw !== 'string') return this.fail(name, 'must be text', options.required);
    if (raw.trim() === '') return this.missing(name, options);
    return raw;
  }

  /**
   * A number, given as one or as text the way `locale` writes numbers ("12,000" in en,
   * "12.000" in de; "85%" sets `percent`: core/format.ts). Never NaN: other text is reported
   * and given back as written, for a caller that shows it so (a KPI) or skips it. A number never
   * skips its entry by itself: a required one that is missing is reported, and the caller
   * decides.
   */
  number(name: string, locale: string, options: FieldOptions = {}): { value?: number | string; percent?: boolean } {
    const raw = this.entry[name];
    const text = typeof raw === 'string' ? raw.trim() : undefined;
    if (raw === undefined || raw === null || text === '') {
      if (options.required) this.absent(name, false);
      return {};
    }
    if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw };
    const written = text && parseWrittenNumber(text, locale);
    if (written) return written;
    this.fail(name, `must be a number (got ${describeValue(raw)})`, false);
    return { value: text };
  }

  /** One of a fixed set of words; `fallback` when absent. */
  oneOf<const W extends string>(name: string, words: readonly W[], fallback: W): W {
    const raw = this.entry[name];
    if (raw === undefined || raw === null || raw === '') return fallback;
    if (typeof raw === 'string' && (words as readonly string[]).includes(raw)) return raw as W;
    this.fail(name, `must be one of ${words.join(', ')} (got ${describeValue(raw)})`, false);
    return fallback;
  }

  /** A URL allowed by core/url.ts; a refused one is dropped and reported. */
  url(name: string, kind: UrlKind, options: FieldOptions = {}): string | undefined {
    const raw = this.entry[name];
    const check = checkUrl(raw, kind);
    if (check.problem) return this.fail(name, `${check.problem} (got ${describeValue(raw)})`, options.required);
    if (check.url === undefined) return this.missing(name, options);
    return check.url;
  }

  /** A nested list (an array, or a JSON string of one from an attribute). */
  list<T>(name: string, readOne: (field: FieldReader) => T | undefined): T[] | undefined {
    let raw = this.entry[name];
    if (raw === undefined || raw === null || raw === '') return undefined;
    if (typeof raw === 'string') {
      try {
        raw = JSON.parse(raw);
      } catch {
        return this.fail(name, 'is not valid JSON', false);
      }
    }
    if (!Array.isArray(raw)) return this.fail(name, 'must be an array', false);
    const result = readList(raw, readOne, this.path + name);
    this.found.push(...result.found);
    return result.value;
  }

  /** Text that must match `pattern`; `expected` says what was wanted in the message. */
  match(name: string, pattern: RegExp, expected: string, options: FieldOptions = {}): string | undefined {
    const value = this.text(name, options);
    if (value === undefined || pattern.test(value)) return value;
    return this.fail(name, `must be ${expected} (got ${describeValue(value)})`, options.required);
  }

  /**
   * What a family's readChildren() kept of the child element an entry was read from, beyond
   * its JSON-shaped fields (DOM nodes, the element's attributes): a typed path of its own,
   * under a symbol key, which JSON can never hold. Undefined for entries from JSON.
   */
  fromChild<T>(): T | undefined {
    return this.entry[FROM_CHILD] as T | undefined;
  }

  /** The raw string as given, empty allowed (for alt text, where empty has a meaning). */
  rawText(name: string): string | undefined {
    const raw = this.entry[name];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string') return this.fail(name, 'must be text', false);
    return raw;
  }
}

/**
 * Validates a list entry by entry; `path` is the name used in messages (`items`). Entries read
 * from child elements (`childTag`, their tag) are named by it and counted from 1 instead.
 */
export function readList<T>(
  raw: readonly unknown[],
  readOne: (field: FieldReader) => T | undefined,
  path = 'items',
  childTag?: string,
): Validation<T> {
  const value: T[] = [];
  const problems: Problem[] = [];
  raw.forEach((entry, index) => {
    const entryPath = `${path}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ message: `${entryPath} must be an object (got ${describeValue(entry)})` });
      return;
    }
    const field = new FieldReader(
      entry as Record<string, unknown>,
      childTag ? `<${childTag}> ${index + 1}: ` : entryPath + '.',
      problems,
    );
    const item = readOne(field);
    if (item !== undefined && !field.skip) value.push(item);
  });
  return { value, found: problems };
}

/** Text with its runs of white space made one space, and trimmed: what a reader sees of it. */
export const squash = (text?: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** A short, safe description of a bad value for a message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  // Numbers, booleans, bigints, null and undefined are written as they are.
  return value === null || !['object', 'function', 'symbol'].includes(type)
    ? `${value as number}`
    : type === 'object'
      ? 'an object'
      : type;
}
