// The version is written in one place, package.json: this writes it into every snippet that
// names a CDN copy (`civic-blocks@X.Y.Z`). `npm version` runs it (the "version" script), and
// a test (test/node/docs.test.mjs) fails when a snippet names another version.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
export const SNIPPET_FILES = [
  'README.md',
  'docs/agencies.md',
  'docs/developers.md',
  'docs/designers.md',
  'docs/frameworks.md',
  'stories/introduction.mdx',
  '.storybook/docs-intro.ts',
];
export const PINNED = /civic-blocks@\d+\.\d+\.\d+(?:-[\w.]+)?/g;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  for (const file of SNIPPET_FILES) {
    const url = new URL(file, root);
    const text = readFileSync(url, 'utf8');
    const updated = text.replace(PINNED, `civic-blocks@${version}`);
    if (updated !== text) {
      writeFileSync(url, updated);
      console.log(`version: ${file} → civic-blocks@${version}`);
    }
  }
}
