// scripts/check-mangle.mjs, which `npm run build` runs: the drop-in bundle's mangle list
// (rollup.config.mjs) must rename no public name, such as civic-error's `detail.problems`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mangledPublicNames, publicNames } from '../../scripts/check-mangle.mjs';
import { MANGLED_PROPERTIES } from '../../rollup.config.mjs';

const names = publicNames();

test('the mangle list renames no public name', () => {
  assert.deepEqual(mangledPublicNames(MANGLED_PROPERTIES, names), []);
});

test('event detail keys, documented properties and attributes are public names', () => {
  for (const name of ['problems', 'message', 'source', 'url', 'count', 'items', 'src', 'headingLevel', 'columns'])
    assert.ok(names.has(name), name);
  const clashes = mangledPublicNames(new RegExp(`${MANGLED_PROPERTIES.source.slice(0, -2)}|problems|count)$`), names);
  assert.deepEqual(
    clashes.map(({ name }) => name),
    ['problems', 'count'],
  );
});
