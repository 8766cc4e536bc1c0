/**
 * An Isomer `keystatistics` value ("3.3%", "880,000", "$12M": text of up to seven characters)
 * as a KPI's figure: a number and a format when the text says what they are, so the element
 * formats it, speaks it in words and can compare it with a target; otherwise the text as
 * written, which the element shows as it is (and reports).
 */
import { parseWrittenNumber } from '../core/format.js';
import { formatKpiNumber, withAffixes } from '../kpi-block/kpi-block.js';
import type { KpiFields } from './markup.js';

export interface ReadValue {
  fields: Pick<KpiFields, 'value' | 'format' | 'prefix' | 'suffix'>;
  /** How the element shows it, in `locale`. */
  shown: string;
  /** How it was read: a note for the report when it is not the plain reading of a number. */
  note?: string;
  /** Kept as text: the element shows it as written and reports it. */
  text?: boolean;
}

/** The short-scale letters of compact figures in English (12K, 3.4M, 1.2B, 5T). */
const COMPACT: Record<string, number> = { K: 3, M: 6, B: 9, T: 12 };

const same = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');

export function readStatisticValue(written: string, locale: string): ReadValue {
  const text = written.trim();
  const shownAs = (fields: ReadValue['fields']) =>
    typeof fields.value === 'string'
      ? fields.value
      : withAffixes(
          formatKpiNumber(fields.value, { format: fields.format ?? 'number' }, locale),
          fields.prefix,
          fields.suffix,
        );

  // What the element itself reads as a number (core/format.ts): "880,000", "3.3%".
  const plain = parseWrittenNumber(text, locale);
  if (plain) {
    const fields: ReadValue['fields'] = { value: plain.value, format: plain.percent ? 'percent' : undefined };
    const shown = shownAs(fields);
    return { fields, shown, note: same(shown, text) ? undefined : `shown as "${shown}"` };
  }

  // Text around a figure, and a compact letter after it: "$12M", "S$1.2B", "Top 5", "7 days".
  const parts = /^(.*?)(-?\d(?:[\d.,\s]*\d)?)\s*([KMBT]?)(?![a-z])(%?)\s*(.*)$/i.exec(text);
  if (parts) {
    const [, before, figure, letter, percent, after] = parts;
    const number = parseWrittenNumber(figure, locale);
    if (number && !(letter && percent)) {
      const exponent = COMPACT[letter.toUpperCase()];
      const fields: ReadValue['fields'] = {
        value: exponent ? Number(`${number.value}e${exponent}`) : number.value,
        format: exponent ? 'compact' : percent ? 'percent' : undefined,
        prefix: before.trim() || undefined,
        suffix: after.trim() || undefined,
      };
      const shown = shownAs(fields);
      // Only when the element shows what was written ("1.25M" would become "1.3M": kept as text).
      if (same(shown, text)) {
        const read = [
          fields.prefix && `prefix "${fields.prefix}"`,
          fields.format && `format ${fields.format}`,
          fields.suffix && `suffix "${fields.suffix}"`,
        ].filter(Boolean);
        const currency = /[$€£¥₹]/.test(fields.prefix ?? '')
          ? ' (the currency sign stays a prefix: no currency is guessed)'
          : '';
        return {
          fields,
          shown,
          note: `read as ${fields.value}${read.length ? ` with ${read.join(', ')}` : ''}${currency}`,
        };
      }
    }
  }
  return {
    fields: { value: written },
    shown: written,
    text: true,
    note: 'kept as written: the element shows it as text, without number formatting, and reports it as not a number',
  };
}
