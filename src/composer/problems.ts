/**
 * The elements' own problems (`civic-error`, detail.problems), placed next to the field they
 * name. Every problem names its field and its entry: the 0-based index of JSON (docs/api.md,
 * "Data rules") or a child element counted from 1: `items[3].heading is required`,
 * `<civic-kpi> 3: trend[1].value must be a number (got "n/a")`,
 * `columns must be auto, 1, 2, 3 or 4`, `locale "x" is not a BCP 47 language tag`. The words
 * are the elements'; the composer only reads where they point.
 */

export interface PlacedProblem {
  /** The element's own words. */
  message: string;
  /** Index of the entry in the state (0-based), for a problem of an entry. */
  entry?: number;
  /** The entry's field, or a block or `<civic-config>` setting (`heading`, `columns`, `locale`, `baseUrl`, `linkTarget`). */
  field?: string;
  /** For a problem in a list field: the row (0-based). */
  row?: number;
  /** For a problem in a list field: the row's field. */
  rowField?: string;
}

const ENTRY = /^(?:items\[(\d+)\]\.?|<[a-z-]+> (\d+): )(?:([A-Za-z]\w*)(?:\[(\d+)\](?:\.([A-Za-z]\w*))?)?)?/;
const SETTINGS: Record<string, string> = {
  columns: 'columns',
  heading: 'heading',
  'heading-level': 'headingLevel',
  locale: 'locale',
  'base-url': 'baseUrl',
  'link-target': 'linkTarget',
};

/**
 * Where one problem belongs. `entryIndex` maps the elements' index (of the entries that went
 * out) to the entry in the state.
 */
export function placeProblem(message: string, entryIndex: readonly number[]): PlacedProblem {
  const match = ENTRY.exec(message);
  if (match) {
    const position = match[1] === undefined ? Number(match[2]) - 1 : Number(match[1]);
    return {
      message,
      entry: entryIndex[position] ?? position,
      field: match[3],
      row: match[4] === undefined ? undefined : Number(match[4]),
      rowField: match[5],
    };
  }
  const setting = /^([a-z-]+)\b/.exec(message)?.[1];
  return { message, field: setting ? SETTINGS[setting] : undefined };
}
