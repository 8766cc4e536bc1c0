// The docs as a newcomer meets them: every snippet pins the package's own version, every
// relative link leads to a file of the repository, and no path outside it is named.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PINNED, SNIPPET_FILES } from '../../scripts/version.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const markdown = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  'bench/README.md',
  'examples/README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

test('every snippet pins the version of package.json (npm version rewrites them: scripts/version.mjs)', () => {
  for (const file of SNIPPET_FILES) {
    const pinned = readFileSync(join(root, file), 'utf8').match(PINNED) ?? [];
    for (const found of pinned) assert.equal(found, `civic-blocks@${version}`, file);
  }
});

test('every relative link of the docs leads to a file of the repository', () => {
  for (const file of markdown) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      assert.ok(existsSync(join(root, dirname(file), target)), `${file} → ${target}`);
    }
  }
});

test('a doc that runs `npx civic-blocks` says to install the package before it', () => {
  // (CHANGELOG.md lists what changed; it tells no one what to run.)
  for (const file of markdown.filter((name) => name !== 'CHANGELOG.md')) {
    const text = readFileSync(join(root, file), 'utf8');
    const run = text.indexOf('npx civic-blocks');
    if (run < 0) continue;
    const install = text.search(/npm install (--save-dev |-D )?civic-blocks/);
    assert.ok(install >= 0 && install < run, `${file}: \`npx civic-blocks\` before \`npm install civic-blocks\``);
  }
});

test('the docs of `prerender --out` say that it copies no assets', () => {
  for (const file of ['docs/developers.md', 'docs/agencies.md', 'docs/frameworks.md']) {
    const text = readFileSync(join(root, file), 'utf8').replace(/\s+/g, ' ');
    assert.ok(/--out`? (writes|receives|is where).{0,200}stylesheets, scripts, images and data/.test(text), file);
  }
});

test('the README is short and shows the pages before it explains them', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.length < 6000, `${readme.length} characters`);
  assert.ok(readme.indexOf('![') < readme.indexOf('## '), 'a picture before the first section');
  assert.match(readme, /npm test/);
});

test('docs/agencies.md gives the three analytics recipes as JavaScript that parses (test/core/analytics-recipes.test.ts runs them)', () => {
  const text = readFileSync(join(root, 'docs/agencies.md'), 'utf8');
  const recipes = [...text.matchAll(/<!-- analytics-recipe: (\w+) -->\n```js\n([^]*?)```/g)];
  assert.deepEqual(
    recipes.map(([, name]) => name),
    ['gtm', 'adobe', 'matomo'],
  );
  for (const [, name, code] of recipes) {
    assert.doesNotThrow(() => new Function(code), name);
    assert.match(code, /addEventListener\('civic-link'/, name);
  }
  // Every marker is followed by its code: none is left without one.
  assert.equal((text.match(/<!-- analytics-recipe:/g) ?? []).length, recipes.length);
});
