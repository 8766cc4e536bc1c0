// The JSON Schemas (draft 2020-12) of the data every civic element takes, written to
// schemas/*.json (shipped in the package: `civic-blocks/schemas/kpi.json`). One place builds
// them, so the URL and number patterns shared by several fields are written once.
//
// They describe exactly what the elements accept, kindnesses included (a number where text is
// asked for, "12,000" where a number is), because a test feeds one corpus to them and to the
// elements and wants the same verdict, entry by entry (test/schemas/, test/node/schemas.test.mjs).
// A change to a rule of the elements (src/core/validate.ts, each family's readItem) is a change
// here, or that test fails.
//
//   node scripts/schemas.mjs          writes schemas/*.json
//   node scripts/schemas.mjs --check  fails when they differ from what this script writes
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Where the schemas are published: the package's own files on the CDN the docs use, by version. */
export const SCHEMA_BASE = `https://cdn.jsdelivr.net/npm/civic-blocks@${version}/schemas/`;

// --- URLs (src/core/url.ts) ---------------------------------------------------------------
// The browser's URL parser strips leading C0 controls and spaces, and removes tabs and line
// breaks anywhere: " JaVa\tScRiPt:" is javascript:. The patterns read the text the same way.
const EDGE = '[\\u0000-\\u0020]';
const INNER = '[\\t\\n\\r]*';
const word = (letters) => [...letters].map((letter) => `[${letter}${letter.toUpperCase()}]${INNER}`).join('');
const ANY_SCHEME = '[a-zA-Z][a-zA-Z0-9+.\\t\\n\\r-]*:';
const HTTP = `${word('http')}(?:[sS]${INNER})?`;
const ALLOWED = {
  link: `(?:${HTTP}|${word('mailto')}|${word('tel')}):`,
  image: `${HTTP}:`,
};
/** Text whose scheme, if it has one, is allowed for `kind`; blank text counts as absent. */
const urlPattern = (kind) => `^${EDGE}*(?!${EDGE})(?:${ALLOWED[kind]}|(?!${ANY_SCHEME}))`;

// --- Numbers written as text (src/core/format.ts, parseWrittenNumber) under `en` ----------
// Groups of three digits after a comma or a space ("12,000", "12 000"), or of two before the
// last three ("1,00,000"), a decimal point, and a trailing "%" for a percent. The runtime also
// reads a few odd writings this way (",000" is 0, "1.5,000" is 1.5); the pattern says so
// rather than differ from it. A line break inside the figure is not read (see the README of
// the schemas, docs/schemas.md).
const SEPARATOR = '(?:,|[^\\S\\n\\r\\u2028\\u2029])';
const FIGURE = [
  '-?\\d+(?:\\.\\d+)?',
  `-?\\d+\\.\\d*(?:${SEPARATOR}\\d{2,3})*${SEPARATOR}\\d{3}`,
  `-?\\d*(?:${SEPARATOR}\\d{2,3})*${SEPARATOR}\\d{3}(?:\\.\\d+)?`,
].join('|');
const WRITTEN_NUMBER = `^\\s*(?:${FIGURE})\\s*%?\\s*$`;
const WRITTEN_PERCENT = `^\\s*(?:${FIGURE})\\s*%\\s*$`;
const WRITTEN_NUMBER_OR_BLANK = `^\\s*(?:(?:${FIGURE})\\s*%?\\s*)?$`;

// --- Field shapes (src/core/validate.ts, FieldReader) ---------------------------------------
const KIND_TEXT = 'Text; a number is accepted and written out.';
const requiredText = (description, extra = {}) => ({
  description: `${description} Required: text that is not blank. ${KIND_TEXT}`,
  type: ['string', 'number'],
  pattern: '\\S',
  ...extra,
});
const optionalText = (description, extra = {}) => ({
  description: `${description} ${KIND_TEXT} Blank text or null counts as absent.`,
  type: ['string', 'number', 'null'],
  ...extra,
});
const rawText = (description, extra = {}) => ({
  description: `${description} Text, kept as written (spaces too); null counts as absent.`,
  type: ['string', 'null'],
  ...extra,
});
const URL_RULE = {
  link: 'A URL whose scheme is http:, https:, mailto: or tel:, or a relative URL (resolved against <civic-config base-url>, else the page). Any other scheme (javascript:, data:, …) is refused.',
  image:
    'A URL whose scheme is http: or https:, or a relative URL (resolved against <civic-config base-url>, else the page). Any other scheme is refused.',
};
const optionalUrl = (kind, description, extra = {}) => ({
  description: `${description} ${URL_RULE[kind]} Blank text or null counts as absent.`,
  type: ['string', 'null'],
  pattern: urlPattern(kind),
  ...extra,
});
const requiredUrl = (kind, description, extra = {}) => ({
  description: `${description} Required. ${URL_RULE[kind]}`,
  type: 'string',
  allOf: [{ pattern: urlPattern(kind) }, { pattern: '[^\\u0000-\\u0020]' }],
  ...extra,
});
const NUMBER_RULE =
  'A number, or text written the way the page\'s locale writes numbers: this pattern is the English (en, the default) reading, with "," or a space between groups of digits ("12,000", "12 000", "1,00,000"), "." before decimals, and a trailing "%" for a percent ("85%", which makes the KPI a percent). Under another locale the element reads that locale\'s writing ("12.000" in de).';
const requiredNumber = (description, extra = {}) => ({
  description: `${description} Required. ${NUMBER_RULE} Other text is shown as written, without formatting or target status, and reported.`,
  type: ['number', 'string'],
  pattern: WRITTEN_NUMBER,
  ...extra,
});
const optionalNumber = (description, extra = {}) => ({
  description: `${description} ${NUMBER_RULE} Blank text or null counts as absent.`,
  type: ['number', 'string', 'null'],
  pattern: WRITTEN_NUMBER_OR_BLANK,
  ...extra,
});
const oneOf = (words, fallback, description, extra = {}) => ({
  description: `${description} Blank text or null means the default, \`${fallback}\`.`,
  enum: [...words, '', null],
  default: fallback,
  ...extra,
});
const OTHER_KEYS =
  'Keys not listed here are ignored by the elements (a `$schema` key among them), so data may carry more than they show.';

const id = (name) => `${SCHEMA_BASE}${name}.json`;
const schema = (name, body) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: id(name),
  ...body,
});

const effortCard = schema('effort-card', {
  title: 'Effort card',
  description: `One card of <civic-effort-grid>: a link to an effort, as JSON or as the attributes of a <civic-effort-card> (the attribute is the key in kebab case: imageAlt → image-alt). A card without a description is shown as an image tile with a caption. ${OTHER_KEYS}`,
  type: 'object',
  required: ['heading'],
  properties: {
    heading: requiredText('Card title, rendered as a heading (attribute `heading`).', {
      title: 'Title',
      examples: ['Tech for Public Good'],
    }),
    description: optionalText(
      'Short text (attribute `description`, or the text content of a <civic-effort-card>). Without it the card is an image tile.',
      { title: 'Description' },
    ),
    href: optionalUrl('link', 'Where the card leads; the whole card is one link (attribute `href`).', {
      title: 'Link',
      examples: ['https://www.tech.gov.sg/singapore-digital-government-journey/tech-for-public-good'],
    }),
    image: optionalUrl('image', 'Image URL (attribute `image`).', {
      title: 'Image',
      examples: ['/images/About Us/01_Tech_for_Public_Good.png'],
    }),
    imageAlt: rawText('Alt text of the image (attribute `image-alt`); an empty string marks the image as decorative.', {
      title: 'Image alt text',
    }),
    linkText: optionalText("Call to action (attribute `link-text`); default `Learn more`, in the locale's language.", {
      title: 'Link text',
      examples: ['Learn more'],
    }),
  },
});

const trendPoint = schema('kpi-trend-point', {
  title: 'KPI trend point',
  description: `One point of a KPI's trend, e.g. {"period": "2018", "value": 73}. A point without both is left out of the chart and reported. ${OTHER_KEYS}`,
  type: 'object',
  required: ['period', 'value'],
  properties: {
    period: requiredText('The period of the value, e.g. `2018`.', { title: 'Period', examples: ['2018'] }),
    value: requiredNumber('The value in that period.', { title: 'Value', examples: [73] }),
  },
});

const trendList = { type: 'array', items: { $ref: 'kpi-trend-point.json' } };
const CURRENCY = '^[A-Za-z]{3}$';
const percentText = { type: 'string', pattern: WRITTEN_PERCENT };

const kpi = schema('kpi', {
  title: 'KPI',
  description: `One key performance indicator of <civic-kpi-block>, as JSON or as the attributes of a <civic-kpi> (the attribute is the key in kebab case: asOf → as-of). ${OTHER_KEYS}`,
  type: 'object',
  required: ['label', 'value'],
  properties: {
    label: requiredText('What is measured.', {
      title: 'Label',
      examples: ['of eligible Government systems to be hosted on the commercial cloud'],
    }),
    value: requiredNumber('The figure.', { title: 'Value', examples: [70, '20,000', '85%'] }),
    format: oneOf(
      ['number', 'percent', 'compact', 'currency'],
      'number',
      'How the figure is written: `number`, `percent` (value 70 means 70%), `compact` (3.4M) or `currency`. A value or target written with "%" makes the KPI a percent, whatever this says.',
      { title: 'Format' },
    ),
    currency: {
      title: 'Currency',
      description:
        'ISO 4217 code (three letters, e.g. `SGD`) when `format` is `currency`: then required. Read only then; ignored otherwise.',
      examples: ['SGD'],
    },
    prefix: rawText('Text before the figure (attribute `prefix`; as a property `valuePrefix`).', {
      title: 'Prefix',
      examples: ['No more than'],
    }),
    suffix: rawText('Text after the figure, e.g. `working days` (attribute `suffix`; as a property `valueSuffix`).', {
      title: 'Suffix',
      examples: ['working days'],
    }),
    caption: optionalText('A line under the label, e.g. `Percentage that rated 5 & above`.', { title: 'Caption' }),
    asOf: optionalText('Period of the figure, e.g. `2020` (attribute `as-of`).', { title: 'As of' }),
    target: optionalNumber('A target in the same unit as the value; the KPI then says whether it is met.', {
      title: 'Target',
    }),
    targetLabel: optionalText('Words after the target, e.g. `by 2023` (attribute `target-label`).', {
      title: 'Target label',
    }),
    direction: oneOf(
      ['up', 'down'],
      'up',
      '`up`: higher is better; `down`: lower is better (a target is then met at or below it).',
      { title: 'Direction' },
    ),
    trend: {
      title: 'Trend',
      description:
        'The figure over time, drawn as a small chart with a table for screen readers: an array of points, or that array as JSON text (as the `trend` attribute takes it). An empty array, blank text or null counts as absent. A validator that does not apply content assertions checks JSON text as text only (docs/schemas.md).',
      anyOf: [
        { type: 'null' },
        { const: '' },
        trendList,
        { type: 'string', minLength: 1, contentMediaType: 'application/json', contentSchema: trendList },
      ],
    },
    href: optionalUrl('link', 'Link to the source or details ("Details").', { title: 'Details link' }),
  },
  // Only a currency KPI reads `currency`: a figure written with "%" makes it a percent first.
  if: {
    type: 'object',
    required: ['format'],
    properties: { format: { const: 'currency' }, value: { not: percentText }, target: { not: percentText } },
  },
  then: {
    required: ['currency'],
    properties: { currency: { type: 'string', pattern: CURRENCY } },
  },
});

const relatedLink = schema('related-link', {
  title: 'Related link',
  description: `One link of <civic-related-links>. ${OTHER_KEYS}`,
  type: 'object',
  required: ['label', 'href'],
  properties: {
    label: requiredText('Link text.', {
      title: 'Label',
      examples: ['Milestones of Singapore’s Smart Nation story'],
    }),
    href: requiredUrl('link', 'Where the link leads.', {
      title: 'Link',
      examples: ['/about-smart-nation/our-journey/milestones'],
    }),
    description: optionalText('Short text shown under the link.', { title: 'Description' }),
  },
});

/** An element's source: an array of entries, or {"items": [...]} (the `items`, inline JSON and `src` shape). */
const source = (name, element, entry, entryTitle) =>
  schema(name, {
    title: `${element} data`,
    description: `What ${element} takes from \`items\`, an inline <script type="application/json"> or the file \`src\` names: an array of ${entryTitle}s, or an object with that array as \`items\` (which may then carry \`$schema\`, so that editors find this schema; the element ignores every other key). An invalid entry is skipped and reported; the valid ones are shown.`,
    $defs: {
      data: {
        anyOf: [
          { type: 'array', items: { $ref: entry } },
          {
            type: 'object',
            required: ['items'],
            properties: {
              $schema: { description: 'The schema of this file, for editors; ignored by the element.' },
              items: { type: 'array', items: { $ref: entry } },
            },
          },
        ],
      },
    },
    anyOf: [
      { $ref: '#/$defs/data' },
      {
        description:
          'The same data as JSON text (a JSON string holding it): the element reads it as the source, as it reads the `items` attribute.',
        type: 'string',
        contentMediaType: 'application/json',
        contentSchema: { $ref: '#/$defs/data' },
      },
    ],
  });

export const SCHEMAS = {
  'effort-card': effortCard,
  'effort-grid': source('effort-grid', '<civic-effort-grid>', 'effort-card.json', 'effort card'),
  kpi,
  'kpi-trend-point': trendPoint,
  'kpi-block': source('kpi-block', '<civic-kpi-block>', 'kpi.json', 'KPI'),
  'related-link': relatedLink,
  'related-links': source('related-links', '<civic-related-links>', 'related-link.json', 'related link'),
};

const FIRST = ['$schema', '$id', 'title', 'description'];
/** A schema with its identifying keys first (title before description), for people reading the files. */
function ordered(node) {
  if (Array.isArray(node)) return node.map(ordered);
  if (typeof node !== 'object' || node === null) return node;
  const result = {};
  for (const key of [...FIRST.filter((key) => key in node), ...Object.keys(node).filter((key) => !FIRST.includes(key))])
    result[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(node[key]).map(([name, value]) => [name, ordered(value)]))
        : ordered(node[key]);
  return result;
}

/** Each schema's file text, formatted as the repository formats JSON. */
export async function schemaFiles() {
  const files = {};
  const options = { ...(await resolveConfig(new URL('schemas/kpi.json', root))), parser: 'json' };
  for (const [name, body] of Object.entries(SCHEMAS))
    files[`${name}.json`] = await format(JSON.stringify(ordered(body)), options);
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const folder = new URL('schemas/', root);
  mkdirSync(folder, { recursive: true });
  let stale = 0;
  for (const [file, text] of Object.entries(await schemaFiles())) {
    const url = new URL(file, folder);
    let current;
    try {
      current = readFileSync(url, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (check) {
      console.error(`schemas: schemas/${file} differs from scripts/schemas.mjs; run \`npm run schemas\``);
      stale++;
    } else {
      writeFileSync(url, text);
      console.log(`schemas: wrote schemas/${file}`);
    }
  }
  if (stale) process.exit(1);
}
