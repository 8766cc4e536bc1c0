/** The element's own words, by language. English is the fallback for any other language. */
export interface KpiWords {
  /** Before the target figure, e.g. "target 70% by 2023" (capitalised when shown). */
  target: string;
  /** Before a target where lower is better: "at most 7 working days". */
  atMost: string;
  met: string;
  notMet: string;
  targetMet: string;
  targetNotMet: string;
  /** Before the period of the figure: "as of 2020". */
  asOf: string;
  trend: string;
  period: string;
  value: string;
  details: string;
  loading: string;
}

const en: KpiWords = {
  target: 'target',
  atMost: 'at most',
  met: 'met',
  notMet: 'not met',
  targetMet: 'Target met',
  targetNotMet: 'Target not met',
  asOf: 'as of',
  trend: 'Trend',
  period: 'Period',
  value: 'Value',
  details: 'Details',
  loading: 'Loading figures…',
};

const WORDS: Record<string, KpiWords> = {
  en,
  de: {
    target: 'Ziel',
    atMost: 'höchstens',
    met: 'erreicht',
    notMet: 'nicht erreicht',
    targetMet: 'Ziel erreicht',
    targetNotMet: 'Ziel nicht erreicht',
    asOf: 'Stand',
    trend: 'Verlauf',
    period: 'Zeitraum',
    value: 'Wert',
    details: 'Details',
    loading: 'Kennzahlen werden geladen …',
  },
  ms: {
    target: 'sasaran',
    atMost: 'paling banyak',
    met: 'dicapai',
    notMet: 'tidak dicapai',
    targetMet: 'Sasaran dicapai',
    targetNotMet: 'Sasaran tidak dicapai',
    asOf: 'setakat',
    trend: 'Trend',
    period: 'Tempoh',
    value: 'Nilai',
    details: 'Butiran',
    loading: 'Memuatkan angka…',
  },
  zh: {
    target: '目标',
    atMost: '不超过',
    met: '已达成',
    notMet: '未达成',
    targetMet: '已达成目标',
    targetNotMet: '未达成目标',
    asOf: '截至',
    trend: '趋势',
    period: '时期',
    value: '数值',
    details: '详情',
    loading: '正在加载数据…',
  },
};

/** Words for a BCP 47 locale, by its language subtag (`de-DE` → `de`); English otherwise. */
export function kpiWords(locale: string): KpiWords {
  return WORDS[locale.split('-')[0].toLowerCase()] ?? en;
}

/** First letter upper-cased, for words that start a visible line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
