// The HTML check of the Node tests: html-validate (through its API: its command line needs
// Node 22), for the demo pages and for what the server code and the commands write. One
// function, so every test of a page or of a command's output checks it the same way:
//
//   import { assertValidHtml } from './helpers/validate-html.mjs';
//   await assertValidHtml(html, 'out/index.html');                  // a whole page
//   await assertValidHtml(markup, 'card-grid.html', { fragment: true }); // markup for a page
//
// The rules: html-validate's `standard` preset (what the HTML standard requires: content
// models, attributes and their values, ids, the parser's errors, `<?>` included) and its
// `document` preset (doctype, heading order, references to ids), with these changes:
// - the civic elements are known, with the values their enumerated attributes allow (read from
//   the editor data the build writes, vscode.html-custom-data.json, so they cannot drift from
//   the elements); an unknown `civic-*` tag is an error (a misspelt tag renders nothing);
// - `require-sri` only for files from another origin: a page's own files need no integrity
//   hash (the demo pages load the package from their own server);
// - for a fragment, no doctype and headings may start at any level (it goes into a page).
// Declarative shadow DOM (`<template shadowrootmode>` in a custom element) is HTML as the
// standard defines it: html-validate checks the template's content as its own tree, ids
// included, which is how a browser scopes them to the shadow root.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';

const editorData = new URL('../../../vscode.html-custom-data.json', import.meta.url);

/** html-validate's metadata of the civic elements: flow and phrasing content, as every autonomous custom element. */
function civicElements() {
  let data;
  try {
    data = JSON.parse(readFileSync(editorData, 'utf8'));
  } catch (error) {
    throw new Error(
      `validate-html: cannot read vscode.html-custom-data.json (run npm run build first): ${error.message}`,
      { cause: error },
    );
  }
  return Object.fromEntries(
    data.tags.map((tag) => [
      tag.name,
      {
        flow: true,
        phrasing: true,
        attributes: Object.fromEntries(
          tag.attributes
            .filter((attribute) => attribute.values?.length)
            .map((attribute) => [attribute.name, { enum: attribute.values.map((value) => value.name) }]),
        ),
      },
    ]),
  );
}

const validators = new Map();
function validator(fragment) {
  if (!validators.has(fragment)) {
    const rules = {
      'require-sri': ['error', { target: 'crossorigin' }],
      'no-unknown-elements': ['error', { include: ['/civic-.*/'] }],
    };
    if (fragment)
      Object.assign(rules, { 'missing-doctype': 'off', 'heading-level': ['error', { minInitialRank: 'any' }] });
    validators.set(
      fragment,
      new HtmlValidate({
        root: true,
        extends: ['html-validate:standard', 'html-validate:document'],
        elements: ['html5', civicElements()],
        rules,
      }),
    );
  }
  return validators.get(fragment);
}

/**
 * Validates HTML. `name` names it in the errors (a file name); `fragment: true` for markup
 * that goes into a page rather than a whole page. Returns one line per error,
 * `name:line:column rule: message`; none when the HTML is valid.
 */
export async function validateHtml(html, name = 'page.html', { fragment = false } = {}) {
  const report = await validator(fragment).validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) => `${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}

/** Fails, listing every error, unless the HTML is valid (see validateHtml). */
export async function assertValidHtml(html, name = 'page.html', options = {}) {
  const errors = await validateHtml(html, name, options);
  assert.deepEqual(errors, [], `${name} is not valid HTML:\n${errors.join('\n')}`);
}
