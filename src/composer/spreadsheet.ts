/**
 * Rows pasted from a spreadsheet (tab-separated, as Excel, Google Sheets and LibreOffice copy
 * them, or CSV), with a header row. Papa Parse reads them (quotes, commas and line breaks inside
 * cells, the delimiter guessed); each column is mapped to a field by its header, and the
 * mapping is shown so the editor can change it before anything is added.
 */
import Papa from 'papaparse';
import type { FieldSpec } from './schema-fields.js';

export interface ParsedTable {
  headers: string[];
  rows: string[][];
  /** Papa Parse's complaints (an unclosed quote…), with their row numbers (1 = the header). */
  errors: string[];
}

export function parseTable(text: string): ParsedTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: ['\t', ',', ';', '|'],
  });
  const [headers = [], ...rows] = result.data;
  return {
    headers: headers.map((header) => header.trim()),
    rows,
    errors: result.errors.map((error) => `${error.row === undefined ? '' : `row ${error.row + 1}: `}${error.message}`),
  };
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Other headers people give each field, beside its key and its schema title. */
const SYNONYMS: Record<string, string[]> = {
  heading: ['title', 'name', 'cardtitle', 'effort'],
  label: ['title', 'name', 'text', 'linktext', 'measure', 'indicator', 'kpi'],
  description: ['summary', 'text', 'body', 'blurb', 'details'],
  href: ['link', 'url', 'address', 'page', 'linkurl', 'web'],
  image: ['picture', 'img', 'imageurl', 'imagesrc', 'photo'],
  imageAlt: ['alt', 'alttext', 'imagealttext', 'imagedescription', 'imagealternativetext'],
  linkText: ['calltoaction', 'cta', 'button', 'buttontext'],
  value: ['figure', 'number', 'amount', 'statistic'],
  asOf: ['period', 'year', 'date', 'asat'],
  targetLabel: ['targetyear', 'targetperiod', 'by'],
};

/** For each column, the field it fills ('' = left out), guessed from the headers. */
export function guessMapping(headers: readonly string[], fields: readonly FieldSpec[]): string[] {
  const usable = fields.filter((field) => field.kind !== 'rows');
  const taken = new Set<string>();
  const pick = (match: (field: FieldSpec) => boolean) => {
    const field = usable.find((candidate) => !taken.has(candidate.key) && match(candidate));
    if (field) taken.add(field.key);
    return field?.key;
  };
  const first = headers.map((header) => {
    const name = squash(header);
    return pick((field) => squash(field.key) === name || squash(field.label) === name);
  });
  return headers.map((header, index) => {
    if (first[index]) return first[index];
    const name = squash(header);
    return pick((field) => SYNONYMS[field.key]?.includes(name) ?? false) ?? '';
  });
}

/** The rows as entry values, by the mapping; blank rows left out. */
export function rowsToEntries(table: ParsedTable, mapping: readonly string[]): Record<string, string>[] {
  return table.rows
    .map((row) => {
      const values: Record<string, string> = {};
      mapping.forEach((key, column) => {
        const cell = (row[column] ?? '').trim();
        if (key && cell) values[key] = values[key] ? `${values[key]} ${cell}` : cell;
      });
      return values;
    })
    .filter((values) => Object.keys(values).length > 0);
}
