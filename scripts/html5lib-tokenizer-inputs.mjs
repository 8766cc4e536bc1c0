// Writes test/node/fixtures/html5lib-tokenizer/inputs.json.gz from html5lib-tests tokenizer files:
// `node scripts/html5lib-tokenizer-inputs.mjs <folder of *.test>…`.
// Only what the prerender tests use is kept (file, description, input, initial states, last
// start tag); the expected tokens and errors are not. `doubleEscaped` inputs are unescaped here
// (each \uXXXX becomes its code unit, lone surrogates included), as the corpus's README says.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const unescape = (text) => text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
if (process.argv.length < 3) {
  console.error('Usage: node scripts/html5lib-tokenizer-inputs.mjs <folder of tokenizer *.test files>…');
  process.exit(2);
}
const byFile = new Map();
for (const folder of process.argv.slice(2)) {
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.test'))) {
    const { tests, xmlViolationTests } = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    byFile.set(file, tests ?? xmlViolationTests);
  }
}
const inputs = [];
for (const [file, tests] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  for (const test of tests) {
    const entry = {
      file,
      description: test.description,
      input: test.doubleEscaped ? unescape(test.input) : test.input,
    };
    if (test.initialStates) entry.initialStates = test.initialStates;
    if (test.lastStartTag) entry.lastStartTag = test.lastStartTag;
    inputs.push(entry);
  }
}
writeFileSync(
  new URL('../test/node/fixtures/html5lib-tokenizer/inputs.json.gz', import.meta.url),
  gzipSync(JSON.stringify(inputs), { level: 9 }),
);
console.log(`${inputs.length} inputs from ${byFile.size} files`);
