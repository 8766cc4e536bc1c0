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
