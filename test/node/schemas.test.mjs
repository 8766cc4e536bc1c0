// The JSON Schemas (schemas/*.json) as a form builder or an editor uses them: compiled by ajv
// (draft 2020-12, ajv-formats, strict), they give every entry of the shared corpus the verdict
// the contract gives it, which the elements give it too in real browsers
// (test/schemas/schemas.test.ts). So the schemas and the runtime agree entry by entry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CORPUS } from '../schemas/corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version, exports: exported, files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const names = readdirSync(join(root, 'schemas')).filter((file) => file.endsWith('.json'));
const schemas = Object.fromEntries(
  names.map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'))]),
);

/** `$ref`s made absolute against `base`, so a piece of a schema compiles on its own. */
const absolute = (node, base) =>
  Array.isArray(node)
    ? node.map((item) => absolute(item, base))
    : typeof node === 'object' && node !== null
      ? Object.fromEntries(
          Object.entries(node).map(([key, value]) => [
            key,
            key === '$ref' ? new URL(value, base).href : absolute(value, base),
          ]),
        )
      : node;

/**
 * ajv as a careful consumer sets it up: strict, formats checked, and content assertions applied
 * (JSON text in a string, as a KPI's `trend` may be, is checked against its `contentSchema`;
 * the spec leaves that to the validator, and ajv alone only annotates). docs/schemas.md shows it.
 */
function validator() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.removeKeyword('contentSchema');
  ajv.addKeyword({
    keyword: 'contentSchema',
    schemaType: 'object',
    compile(content, parent, it) {
      assert.equal(parent.contentMediaType, 'application/json');
      let check;
      return (data) => {
        if (typeof data !== 'string') return true;
        check ??= ajv.compile(absolute(content, it.baseId));
        try {
          return check(JSON.parse(data));
        } catch {
          return false;
        }
      };
    },
  });
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return ajv;
}

test('every shape has a schema, shipped and exported: civic-blocks/schemas/<name>.json', () => {
  assert.deepEqual(Object.keys(schemas).sort(), [
    'effort-card',
    'effort-grid',
    'kpi',
    'kpi-block',
    'kpi-trend-point',
    'related-link',
    'related-links',
  ]);
  assert.ok(files.includes('schemas'), 'package.json files');
  assert.equal(exported['./schemas/*'], './schemas/*');
});

test('the schema files are what scripts/schemas.mjs writes (edit the script, then npm run schemas)', () => {
  execFileSync(process.execPath, [join(root, 'scripts/schemas.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
});

test('each schema: draft 2020-12, an $id on the CDN at this version, a title, a title and description for every field', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
    assert.equal(schema.$id, `https://cdn.jsdelivr.net/npm/civic-blocks@${version}/schemas/${name}.json`);
    assert.ok(schema.title && schema.description, name);
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      assert.ok(property.title, `${name}.${field} title`);
      assert.ok(property.description?.length > 20, `${name}.${field} description`);
    }
  }
  // The contract's words (docs/api.md) are in the descriptions.
  assert.match(schemas['effort-card'].properties.imageAlt.description, /empty string marks the image as decorative/);
  assert.match(schemas.kpi.properties.format.description, /value 70 means 70%/);
  assert.deepEqual(schemas.kpi.properties.format.enum, ['number', 'percent', 'compact', 'currency', '', null]);
  assert.deepEqual(schemas.kpi.required, ['label', 'value']);
  assert.deepEqual(schemas['related-link'].required, ['label', 'href']);
});

test('every field the elements read has a property in its schema, and no other', () => {
  const api = readFileSync(join(root, 'docs/api.md'), 'utf8');
  const keys = (section) =>
    [
      ...api
        .slice(api.indexOf(section))
        .split('\n\n')[1]
        .matchAll(/^\| `(\w+)`(?: \(required\))?(?:, `(\w+)`)?/gm),
    ]
      .flatMap(([, a, b]) => [a, b])
      .filter(Boolean);
  assert.deepEqual(Object.keys(schemas['effort-card'].properties), keys('Card fields'));
  assert.deepEqual(Object.keys(schemas.kpi.properties).sort(), keys('### `<civic-kpi-block>`').sort());
  assert.deepEqual(Object.keys(schemas['related-link'].properties), ['label', 'href', 'description']);
});

test(`the schemas give each of the ${CORPUS.length} corpus entries its verdict`, () => {
  assert.ok(CORPUS.length >= 500);
  assert.ok(CORPUS.filter((entry) => entry.valid).length > 200 && CORPUS.filter((entry) => !entry.valid).length > 200);
  const ajv = validator();
  const wrong = [];
  for (const entry of CORPUS) {
    const validate = ajv.getSchema(schemas[entry.schema].$id);
    const valid = validate(entry.data);
    if (valid !== entry.valid)
      wrong.push(
        `${entry.schema}: ${entry.note}: schema says ${valid ? 'valid' : 'invalid'}, expected ${entry.valid ? 'valid' : 'invalid'}`,
      );
  }
  assert.deepEqual(wrong, []);
});

test('without content assertions, JSON text is checked as text only: the one place a plain validator is kinder', () => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const kpi = ajv.getSchema(schemas.kpi.$id);
  assert.equal(kpi({ label: 'a', value: 1, trend: 'not json' }), true);
  assert.equal(validator().getSchema(schemas.kpi.$id)({ label: 'a', value: 1, trend: 'not json' }), false);
});

test('errors name the field, as the elements do', () => {
  const validate = validator().getSchema(schemas['effort-grid'].$id);
  assert.equal(validate([{ heading: 'Digital Identity', href: 'javascript:alert(1)' }]), false);
  assert.ok(validate.errors.some((error) => error.instancePath === '/0/href'));
});
