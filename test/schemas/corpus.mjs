// One corpus of valid and invalid data for every shape the elements take, each entry with the
// verdict the contract gives it (docs/api.md, read under the `en` locale). The JSON Schemas
// (schemas/*.json, through ajv: test/node/schemas.test.mjs) and the elements themselves (in
// Chromium and Firefox: test/schemas/schemas.test.ts) must each give every entry that verdict,
// so they can never drift apart silently. Plain JavaScript, so that both import it.
//
// An entry is { schema, data, valid, note }: `schema` names the file in schemas/ (without
// .json), `data` is what a JSON file would hold.

/**
 * The seed pages' own data (demo/data, from seeds 000, 001 and 002; images as the demo's
 * placeholders, relative to demo/): all of it valid.
 */
const SEED_CARDS = [
  {
    heading: 'Tech for Public Good',
    description:
      'Cultivating a Digital Government that is “Digital to the Core, and Serves with Heart,” GovTech has developed technologies that are tailored to the needs of our citizens and businesses and empower them to achieve a greater quality of life.',
    href: 'https://www.tech.gov.sg/singapore-digital-government-journey/tech-for-public-good',
    image: 'images/About Us/01_Tech_for_Public_Good.svg',
    imageAlt: 'Technology being utilised to serve the public and improve the quality of living',
    linkText: 'Learn more',
  },
  {
    heading: 'Citizen Engagement and Co-creation',
    href: 'https://www.tech.gov.sg/singapore-digital-government-journey/citizen-engagement-and-cocreation',
    image: 'https://www.tech.gov.sg/images/digital-transformation/02-Citizen%20Engagement.png',
    imageAlt: 'Citizen Engagement and Co-creation',
  },
  {
    heading: 'Cybersecurity',
    href: 'https://www.tech.gov.sg/singapore-digital-government-journey/cybersecurity',
    image:
      'https://d33wubrfki0l68.cloudfront.net/d28f495f37d9f89a08c2eb40f9e493b80b9fa77c/90934/images/digital-transformation/07-cybersecurity.png',
    imageAlt: '',
  },
];
const SEED_KPIS = [
  {
    label: 'of eligible Government systems to be hosted on the commercial cloud',
    value: 70,
    format: 'percent',
    caption: 'Target for 2023',
  },
  { label: 'officers trained in data analytics and data science', value: 20000, asOf: 'end of 2020' },
  {
    label: 'ministries have submitted plans to use artificial intelligence',
    prefix: 'All',
    value: 20,
    target: 20,
    targetLabel: 'ministries',
    asOf: 'end of 2020',
  },
  {
    label: 'to share data for cross-agency projects',
    value: 7,
    prefix: 'No more than',
    suffix: 'working days',
    direction: 'down',
    caption: 'Target for 2023 (lower is better)',
  },
  {
    label: 'Citizen satisfaction with Government digital services',
    value: 78,
    format: 'percent',
    caption: 'Example data, not published figures. Percentage that rated 5 & above.',
    trend: [
      { period: '2017', value: 73 },
      { period: '2018', value: 75 },
    ],
  },
];
const SEED_LINKS = [
  {
    label: 'Three Pillars of a Smart Nation: Digital Society, Digital Economy & Digital Governement',
    href: '/about-smart-nation/pillars-of-smart-nation',
  },
  { label: 'Milestones of Singapore’s Smart Nation story', href: '/about-smart-nation/our-journey/milestones' },
];

const ABSENT = Symbol('absent');

// Values for a field, each with its verdict and, where it needs one, why.
const v = (value, note = '') => ({ value, valid: true, note });
const x = (value, note = '') => ({ value, valid: false, note });

const NOT_TEXT = [x(true), x(false), x({}), x([]), x(['a']), x({ text: 'a' })];
const REQUIRED_TEXT = [
  v('Tech for Public Good'),
  v('  padded  ', 'kept as written'),
  v('Ünïcødé 中文 தமிழ்'),
  v('line\nbreak'),
  v('\u00a0x', 'a no-break space before a letter'),
  v(5, 'a number is written out'),
  v(0, 'zero is a number, not blank'),
  v(-1.5),
  v('0'),
  v('<b>not markup</b>', 'shown as text'),
  x(ABSENT, 'required'),
  x(null, 'null counts as absent'),
  x('', 'blank'),
  x('   ', 'blank'),
  x('\t\n', 'blank'),
  x('\u00a0', 'a no-break space is blank'),
  x('\u2003\u3000', 'wide spaces are blank'),
  x('\ufeff', 'a byte-order mark is blank'),
  ...NOT_TEXT,
];
const OPTIONAL_TEXT = [
  v(ABSENT),
  v(null),
  v(''),
  v('   ', 'blank counts as absent'),
  v('Short text'),
  v(12),
  v('Percentage that rated 5 & above'),
  ...NOT_TEXT,
];
const RAW_TEXT = [
  v(ABSENT),
  v(null),
  v(''),
  v(' '),
  v('Technology being utilised to serve the public'),
  x(0, 'a number is not text here'),
  x(5),
  x(true),
  x({}),
  x([]),
];

const URL_COMMON = [
  v(ABSENT),
  v(null),
  v(''),
  v('   ', 'blank counts as absent'),
  v('https://www.tech.gov.sg/singapore-digital-government-journey/tech-for-public-good'),
  v('http://example.gov.sg'),
  v('HTTPS://EXAMPLE.GOV.SG/', 'schemes are case-insensitive'),
  v('/images/About Us/01_Tech_for_Public_Good.png', 'relative, with spaces, as in seed 001'),
  v('images/a.png'),
  v('#part'),
  v('?page=2'),
  v('//cdn.example.org/a.png', 'protocol-relative'),
  v(' https://example.gov.sg ', 'edges are stripped'),
  v('\u0001\thttps://example.gov.sg', 'leading controls are stripped'),
  v('ht\ttps://example.gov.sg', 'a tab inside is removed'),
  v('ht\nt\rps://example.gov.sg', 'line breaks inside are removed'),
  v('1http:x', 'a scheme starts with a letter: this is a relative path'),
  v('a b:c', 'a space ends the scheme: relative'),
  v(':colon'),
  v('javascript\u0000:alert(1)', 'NUL inside is not removed, so there is no scheme: relative'),
  x('javascript:alert(1)'),
  x('JavaScript:alert(1)'),
  x('  javascript:alert(1)', 'spaces before are stripped first'),
  x('\u0000javascript:alert(1)', 'a control before is stripped first'),
  x('java\tscript:alert(1)', 'a tab inside is removed first'),
  x('java\nscript:alert(1)'),
  x('jav\rascript:alert(1)'),
  x('data:text/html,<script>alert(1)</script>'),
  x('vbscript:msgbox'),
  x('blob:https://example.gov.sg/1'),
  x('file:///etc/passwd'),
  x('ftp://example.gov.sg'),
  x('httpx://example.gov.sg'),
  x('https+x://example.gov.sg'),
  x('tel2:123'),
  x(5, 'not text'),
  x(true),
  x({}),
  x(['https://example.gov.sg']),
];
const LINK_URL = [
  ...URL_COMMON,
  v('mailto:info@tech.gov.sg'),
  v('MAILTO:info@tech.gov.sg'),
  v('tel:+6561234567'),
  v('te\tl:+6561234567'),
];
const IMAGE_URL = [
  ...URL_COMMON,
  x('mailto:info@tech.gov.sg', 'not for an image'),
  x('tel:+6561234567', 'not for an image'),
];
/** Text of controls and spaces only, which the URL parser strips to nothing. */
const blank = (text) => [...text].every((char) => char <= ' ');
const REQUIRED_LINK_URL = LINK_URL.map((entry) =>
  entry.valid && (entry.value === ABSENT || entry.value === null || blank(entry.value))
    ? x(entry.value, 'required')
    : entry,
);

const NUMBER_TEXT = [
  v(0),
  v(70),
  v(-3.5),
  v(1e6),
  v(20000),
  v('20,000', 'as people write it'),
  v('20000'),
  v('12 000', 'a space groups digits'),
  v('12\u00a0000', 'a no-break space groups digits'),
  v('1,00,000', 'groups of two before the last three (en-IN)'),
  v('12,34,567'),
  v('12000.5'),
  v('1,000.5'),
  v('85%', 'a percent'),
  v('85 %'),
  v(' 85% ', 'spaces around are trimmed'),
  v('3.3%'),
  v('-5'),
  v('-1,000'),
  v('0.5'),
  v('007'),
  v('1,234,567.89'),
  v(',000', 'the runtime reads this as 0 (a quirk the schema matches)'),
  v('1.,000', 'the runtime reads this as 1 (a quirk the schema matches)'),
  v('1.5,000', 'the runtime reads this as 1.5 (a quirk the schema matches)'),
  x('lots'),
  x('about 12,000'),
  x('12,00', 'a last group has three digits'),
  x('1,0000'),
  x('1,,000'),
  x('1,000,', 'a trailing comma'),
  x('1,000.5,000', 'a group between two others is digits only'),
  x('1  000', 'two spaces are two separators'),
  x('+5'),
  x('.5'),
  x('5.'),
  x('1e3'),
  x('$12M', 'Isomer writes such values; the element shows them as written and reports them'),
  x('12M'),
  x('%'),
  x('5%%'),
  x('\u22125', 'a minus sign, not a hyphen-minus'),
  x('١٢', 'Arabic-Indic digits'),
  x(true),
  x({}),
  x([5]),
];
const REQUIRED_NUMBER = [
  ...NUMBER_TEXT,
  x(ABSENT, 'required'),
  x(null, 'required'),
  x('', 'required'),
  x('   ', 'required'),
];
const OPTIONAL_NUMBER = [...NUMBER_TEXT, v(ABSENT), v(null), v(''), v('   ', 'blank counts as absent')];

const enumValues = (words) => [
  ...words.map((word) => v(word)),
  v(ABSENT),
  v(null),
  v('', 'the default'),
  x(words[0].toUpperCase()),
  x(` ${words[0]}`),
  x('other'),
  x(1),
  x(true),
  x({}),
];

const TREND_POINTS = [
  { period: '2017', value: 73 },
  { period: 2018, value: '75' },
];
const TREND = [
  v(ABSENT),
  v(null),
  v(''),
  v([], 'an empty trend counts as absent'),
  v(TREND_POINTS),
  v([{ period: '2020', value: '85%' }], 'a percent reads as its number'),
  v(JSON.stringify(TREND_POINTS), 'JSON text, as the trend attribute takes it'),
  v('[]'),
  v(' [ ] ', 'JSON may have spaces around'),
  x('not json'),
  x('   ', 'blank text is not JSON'),
  x('null', 'JSON, but not an array'),
  x('{}'),
  x('[1]'),
  x('[{"period":"2018"}]'),
  x({}),
  x(5),
  x(true),
  x([5]),
  x([null]),
  x([[]]),
  x([{ period: '2018' }]),
  x([{ value: 1 }]),
  x([{ period: '', value: 1 }]),
  x([{ period: '2018', value: 'lots' }]),
  x([{ period: '2018', value: 1 }, 'x']),
];

const CARD = { heading: 'Digital Identity', href: '/digital-identity' };
const KPI = { label: 'officers trained in data analytics and data science', value: 20000 };
const LINK = { label: 'Milestones', href: '/milestones' };
const POINT = { period: '2018', value: 73 };

const NOT_OBJECTS = [x(null), x(5), x('a card'), x(true), x([]), x([CARD])];

/** One entry per value of each field, the other fields as in `base`. */
function fieldEntries(schema, base, fields) {
  const entries = [];
  for (const [field, values] of Object.entries(fields)) {
    for (const { value, valid, note } of values) {
      const data = { ...base };
      if (value === ABSENT) delete data[field];
      else data[field] = value;
      const shown = value === ABSENT ? 'absent' : JSON.stringify(value);
      entries.push({ schema, data, valid, note: `${field} ${shown}${note ? `: ${note}` : ''}` });
    }
  }
  return entries;
}

const whole = (schema, values) =>
  values.map(({ value, valid, note }) => ({ schema, data: value, valid, note: note || JSON.stringify(value) }));

const cards = [
  ...fieldEntries('effort-card', CARD, {
    heading: REQUIRED_TEXT,
    description: OPTIONAL_TEXT,
    href: LINK_URL,
    image: IMAGE_URL,
    imageAlt: RAW_TEXT,
    linkText: OPTIONAL_TEXT,
  }),
  ...whole('effort-card', NOT_OBJECTS),
  ...whole('effort-card', [
    ...SEED_CARDS.map((card) => v(card, `seed card ${card.heading}`)),
    v({ ...CARD, $schema: 'https://example.org/x.json' }, 'a $schema key is ignored'),
    v({ ...CARD, other: { nested: [1] } }, 'other keys are ignored'),
    x({ description: 'no title', href: '/x' }, 'heading missing'),
    x({ heading: ' ', href: 'javascript:alert(1)' }, 'two problems'),
  ]),
];

const kpis = [
  ...fieldEntries('kpi', KPI, {
    label: REQUIRED_TEXT,
    value: REQUIRED_NUMBER,
    format: enumValues(['number', 'percent', 'compact']),
    prefix: RAW_TEXT,
    suffix: RAW_TEXT,
    caption: OPTIONAL_TEXT,
    asOf: OPTIONAL_TEXT,
    target: OPTIONAL_NUMBER,
    targetLabel: OPTIONAL_TEXT,
    direction: enumValues(['up', 'down']),
    trend: TREND,
    href: LINK_URL,
  }),
  // A currency KPI needs its code; no other KPI reads it.
  ...fieldEntries(
    'kpi',
    { ...KPI, format: 'currency' },
    {
      currency: [
        v('SGD'),
        v('sgd', 'read in capitals'),
        v('XYZ', 'any three letters'),
        x(ABSENT, 'required for a currency'),
        x(null),
        x(''),
        x('  '),
        x('S$'),
        x('SGDX'),
        x(' SGD'),
        x('123'),
        x(123),
        x(true),
        x(['SGD']),
      ],
    },
  ),
  ...fieldEntries('kpi', KPI, {
    currency: [v('SGD'), v('not a code', 'not read: format is not currency'), v(42), v({}), v(null)],
  }),
  ...whole('kpi', [
    v({ ...KPI, value: '85%', format: 'currency' }, 'a value written with % makes it a percent: currency is not read'),
    v({ ...KPI, target: '90%', format: 'currency' }, 'a target written with % makes it a percent too'),
    x({ ...KPI, value: '85', format: 'currency' }, 'a currency without its code'),
    x({ ...KPI, value: 'lots', format: 'currency' }, 'two problems'),
    v({ ...KPI, value: 12.5, format: 'currency', currency: 'SGD', prefix: 'S$' }),
  ]),
  ...whole('kpi', NOT_OBJECTS),
  ...whole(
    'kpi',
    SEED_KPIS.map((item) => v(item, `seed KPI ${item.label}`)),
  ),
];

const points = [
  ...fieldEntries('kpi-trend-point', POINT, { period: REQUIRED_TEXT, value: REQUIRED_NUMBER }),
  ...whole('kpi-trend-point', NOT_OBJECTS),
];

const links = [
  ...fieldEntries('related-link', LINK, {
    label: REQUIRED_TEXT,
    href: REQUIRED_LINK_URL,
    description: OPTIONAL_TEXT,
  }),
  ...whole('related-link', NOT_OBJECTS),
  ...whole(
    'related-link',
    SEED_LINKS.map((link) => v(link, `seed link ${link.label}`)),
  ),
];

/** Whole sources: what `src` (or `items`, or inline JSON) holds. */
const sources = [
  ['effort-grid', SEED_CARDS, CARD, { heading: '' }],
  ['kpi-block', SEED_KPIS, KPI, { label: 'no value' }],
  ['related-links', SEED_LINKS, LINK, { label: 'no href' }],
].flatMap(([schema, seeds, good, bad]) =>
  whole(schema, [
    v(seeds, 'the seed data as an array'),
    v({ items: seeds }, 'the seed data as {"items": [...]}'),
    v({ $schema: `https://cdn.jsdelivr.net/npm/civic-blocks@0.1.0/schemas/${schema}.json`, items: seeds }, '$schema'),
    v({ $schema: 42, items: [good], updated: '2020-12-30' }, 'other keys are ignored, whatever they hold'),
    v([], 'empty'),
    v({ items: [] }),
    x([good, bad], 'one invalid entry'),
    x({ items: [good, 5] }, 'an entry that is not an object'),
    x({}, 'no items'),
    x({ items: {} }, 'items is not an array'),
    x({ items: null }),
    x(null),
    x(5),
    v(JSON.stringify([good]), 'JSON text of a source: the element reads it as the source'),
    x('not json', 'text that is not JSON'),
    x('{"items": 5}', 'JSON text of a bad source'),
  ]),
);

export const CORPUS = [...cards, ...kpis, ...points, ...links, ...sources];
