/**
 * The elements' own words (everything they show or speak that no author wrote), by language.
 * One table per language; the language subtag of the locale in context picks it (`ta-SG` →
 * `ta`), and English is the fallback for any other language. To add a language, add a table
 * here: every family reads this one.
 */
export interface Words {
  /** Effort grid: the call to action on a card with a description. */
  more: string;
  /** Effort grid: the count label of the list for one card and for any other number; `#` is the number. */
  effort: string;
  efforts: string;
  /** Status while `src` loads: effort grid, related links, KPI block. */
  loading: string;
  loadingLinks: string;
  loadingFigures: string;
  /** The description of a link that opens a new tab (read after its name, never part of it). */
  newTab: string;
  /** KPI: before the target figure, e.g. "target 70% by 2023" (capitalised when shown). */
  target: string;
  /** KPI: before a target where lower is better: "at most 7 working days". */
  atMost: string;
  met: string;
  notMet: string;
  targetMet: string;
  targetNotMet: string;
  /** KPI: the period of the figure, `#` being the period: "as of 2020" (word order per language). */
  asOf: string;
  trend: string;
  period: string;
  value: string;
  details: string;
  /** Punctuation between the parts of a KPI's spoken phrase, and after a word that introduces a value ("Target: 70%"). */
  comma: string;
  colon: string;
}

/** English: the fallback, and the order of every other table's entries. */
const en: Words = {
  more: 'Learn more',
  effort: '# effort',
  efforts: '# efforts',
  loading: 'Loading…',
  loadingLinks: 'Loading links…',
  loadingFigures: 'Loading figures…',
  newTab: 'opens in new tab',
  target: 'target',
  atMost: 'at most',
  met: 'met',
  notMet: 'not met',
  targetMet: 'Target met',
  targetNotMet: 'Target not met',
  asOf: 'as of #',
  trend: 'Trend',
  period: 'Period',
  value: 'Value',
  details: 'Details',
  comma: ', ',
  colon: ': ',
};

/**
 * The other languages, each entry in the order of `en`'s keys (commented), as plain lists: the
 * key names would otherwise repeat in the drop-in bundle once per language.
 */
const TABLES: Record<string, readonly string[]> = {
  de: [
    'Mehr erfahren', // more
    '# Vorhaben', // effort
    '# Vorhaben', // efforts
    'Wird geladen …', // loading
    'Links werden geladen …', // loadingLinks
    'Kennzahlen werden geladen …', // loadingFigures
    'öffnet in neuem Tab', // newTab
    'Ziel', // target
    'höchstens', // atMost
    'erreicht', // met
    'nicht erreicht', // notMet
    'Ziel erreicht', // targetMet
    'Ziel nicht erreicht', // targetNotMet
    'Stand #', // asOf
    'Verlauf', // trend
    'Zeitraum', // period
    'Wert', // value
    'Details', // details
    ', ', // comma
    ': ', // colon
  ],
  ms: [
    'Ketahui lebih lanjut', // more
    '# usaha', // effort
    '# usaha', // efforts
    'Memuatkan…', // loading
    'Memuatkan pautan…', // loadingLinks
    'Memuatkan angka…', // loadingFigures
    'dibuka dalam tab baharu', // newTab
    'sasaran', // target
    'paling banyak', // atMost
    'dicapai', // met
    'tidak dicapai', // notMet
    'Sasaran dicapai', // targetMet
    'Sasaran tidak dicapai', // targetNotMet
    'setakat #', // asOf
    'Trend', // trend
    'Tempoh', // period
    'Nilai', // value
    'Butiran', // details
    ', ', // comma
    ': ', // colon
  ],
  zh: [
    '了解更多', // more
    '#项举措', // effort
    '#项举措', // efforts
    '正在加载…', // loading
    '正在加载链接…', // loadingLinks
    '正在加载数据…', // loadingFigures
    '在新标签页中打开', // newTab
    '目标', // target
    '不超过', // atMost
    '已达成', // met
    '未达成', // notMet
    '已达成目标', // targetMet
    '未达成目标', // targetNotMet
    '截至#', // asOf
    '趋势', // trend
    '时期', // period
    '数值', // value
    '详情', // details
    '，', // comma
    '：', // colon
  ],
  ta: [
    'மேலும் அறிக', // more
    '# முயற்சி', // effort
    '# முயற்சிகள்', // efforts
    'ஏற்றுகிறது…', // loading
    'இணைப்புகளை ஏற்றுகிறது…', // loadingLinks
    'தரவை ஏற்றுகிறது…', // loadingFigures
    'புதிய தாவலில் திறக்கும்', // newTab
    'இலக்கு', // target
    'அதிகபட்சம்', // atMost
    'எட்டப்பட்டது', // met
    'எட்டப்படவில்லை', // notMet
    'இலக்கு எட்டப்பட்டது', // targetMet
    'இலக்கு எட்டப்படவில்லை', // targetNotMet
    '# நிலவரப்படி', // asOf
    'போக்கு', // trend
    'காலம்', // period
    'மதிப்பு', // value
    'விவரங்கள்', // details
    ', ', // comma
    ': ', // colon
  ],
};

const KEYS = Object.keys(en) as (keyof Words)[];
const built: Record<string, Words> = { en };

/** Words for a BCP 47 locale, by its language subtag (`de-DE` → `de`); English otherwise. */
export function wordsFor(locale: string): Words {
  const language = locale.split('-')[0].toLowerCase();
  // Own keys only: lang="constructor" must not find Object.prototype's.
  if (!Object.hasOwn(TABLES, language)) return en;
  if (!built[language]) {
    // Built once per language and page; an entry a table lacks stays English.
    const words = (built[language] = { ...en });
    KEYS.forEach((key, index) => (words[key] = TABLES[language][index] ?? en[key]));
  }
  return built[language];
}

/** A word template with its `#` replaced by `value`, taken literally (never a `$&` pattern). */
export function fillIn(template: string, value: string): string {
  return template.replace('#', () => value);
}

/** The effort grid's count label ("9 efforts"): plain digits, no Intl (see README, Performance). */
export function countEfforts(words: Words, count: number): string {
  return fillIn(count === 1 ? words.effort : words.efforts, String(count));
}

/** First letter upper-cased, for words that start a visible line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
