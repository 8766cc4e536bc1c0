/** Number formatting with Intl, one cached formatter per locale and option set. */

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Returns a formatter for `locale`, falling back to `en` when the tag is not valid BCP 47.
 * Throws RangeError for invalid options (an unknown currency code), which the caller reports.
 */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Called once per figure: the key for plain formatting skips JSON.stringify.
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, options);
    } catch (error) {
      if (!(error instanceof RangeError) || isValidLocale(locale)) throw error;
      formatter = new Intl.NumberFormat('en', options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

export function isValidLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length > 0;
  } catch {
    return false;
  }
}

/** A number read from text as people write it. */
export interface WrittenNumber {
  value: number;
  /** The text ended in `%`: the number is a percent (85 for "85%"). */
  percent: boolean;
}

/**
 * Reads a number written the way `locale` writes it: its grouping separator before each three
 * digits ("12,000" in en, "12.000" in de, "12 000" in fr), its decimal sign, and a trailing
 * `%` (a percent). Plain machine-written numbers ("12000.5") are read too, unless the locale
 * reads them otherwise. Returns undefined for any other text.
 */
export function parseWrittenNumber(text: string, locale: string): WrittenNumber | undefined {
  // The locale's own signs, from how it writes 10000.5: ",." in en, ".," in de, " ," in fr.
  const [group, decimal] = numberFormat(locale).format(10000.5).replace(/\d/g, '');
  const [, number, percent] = /^\s*(.*?)\s*(%?)\s*$/.exec(text)!;
  // Spaces of any width group digits where the locale groups with one.
  const groups = number.replace(/\s/g, group).split(group);
  let written = groups.join(group);
  // Groups of three digits, or of two before the last (en-IN: "1,00,000"); a group between
  // two others is digits only.
  if (groups.every((part, index) => !index || (groups[index + 1] ? /^\d\d\d?$/ : /^\d{3}(\D|$)/).test(part)))
    written = groups.join('').replace(decimal, '.');
  return /^-?\d+(\.\d+)?$/.test(written) ? { value: Number(written), percent: !!percent } : undefined;
}
