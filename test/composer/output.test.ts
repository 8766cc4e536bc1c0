/**
 * buildOutput (src/composer/output.ts), the one pure function every output comes from, on a
 * hostile corpus: quotes, `&`, `<script>`, `</script>`, comment and CDATA openers, attribute
 * breakers and `javascript:` URLs in every field of every block. Each output is parsed back as
 * a browser parses it: the only elements are the ones the composer writes, every attribute and
 * text reads back exactly as typed, no refused URL is written, and nothing runs, neither in the
 * preview nor in a page that pastes the snippet with the bundle.
 */
import { expect } from '@open-wc/testing';
import { BLOCK_KINDS, emptyEntry, emptyState, type BlockKind, type ComposerState } from '../../src/composer/model.js';
import { buildOutput, type BuiltOutput } from '../../src/composer/output.js';
import { buildNodes } from '../../src/composer/preview.js';
import { SchemaRegistry, type FieldSpec } from '../../src/composer/schema-fields.js';
import { loadSchemas } from './helpers.js';

const HOSTILE = [
  `"'><script>window.__pwned=1</script>`,
  `</script><script>window.__pwned=2</script>`,
  `</civic-effort-card><img src=x onerror="window.__pwned=3">`,
  `<!-- & &amp; &lt; -->`,
  `]]><![CDATA[ x`,
  `' onmouseover='window.__pwned=4`,
  `Tom & Jerry's "best" <b>friends</b>`,
  `</textarea><svg onload=window.__pwned=5>`,
];
const BAD_URLS = [
  'javascript:window.__pwned=6',
  ' JaVaScRiPt:window.__pwned=7',
  'data:text/html,<script>x</script>',
  'vbscript:x',
];

async function fieldsOf(kind: BlockKind): Promise<{ fields: FieldSpec[]; id?: string }> {
  const schemas = await loadSchemas();
  const registry = new SchemaRegistry(schemas.all);
  const entry = registry.entrySchema(schemas.sources[kind]);
  return { fields: registry.fields(entry.schema, entry.root), id: schemas.sources[kind].$id };
}

/** A state whose every text field of every entry holds hostile text; URL fields hold hostile URLs. */
function hostileState(kind: BlockKind, fields: readonly FieldSpec[]): ComposerState {
  const state = emptyState();
  state.block = kind;
  state.assetBase = `https://cdn.example/"><script>window.__pwned=8</script>/`;
  state.config.locale = 'en-SG';
  state.blocks[kind].heading = HOSTILE[0];
  HOSTILE.forEach((text, index) => {
    const entry = emptyEntry();
    for (const field of fields) {
      if (field.kind === 'rows') {
        entry.rows[field.key] = [{ id: `r${index}`, values: { period: text, value: '5', label: text } }];
      } else if (field.kind === 'select') {
        continue;
      } else if (field.kind === 'url') {
        entry.values[field.key] =
          index % 2
            ? BAD_URLS[index % BAD_URLS.length]
            : `/test/fixtures/pixel.svg?q=${encodeURIComponent(text)}&x="1"`;
      } else if (field.key === 'value' || field.key === 'target') {
        entry.values[field.key] = index % 2 ? text : '42';
      } else {
        entry.values[field.key] = text;
      }
    }
    state.blocks[kind].items.push(entry);
  });
  return state;
}

const parse = (markup: string) => new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
const ALLOWED = new Set([
  'html',
  'head',
  'body',
  'link',
  'script',
  'civic-config',
  'civic-effort-grid',
  'civic-effort-card',
  'civic-kpi-block',
  'civic-kpi',
  'civic-related-links',
  'ul',
  'li',
  'a',
]);

function assertNothingEscapes(output: BuiltOutput, markup: string, kind: BlockKind): Document {
  const document = parse(markup);
  const tags = Array.from(document.querySelectorAll('*'), (element) => element.localName);
  expect(
    tags.filter((tag) => !ALLOWED.has(tag)),
    `${kind}: elements`,
  ).to.deep.equal([]);
  // The one script is the bundle's, with its address as written.
  const scripts = Array.from(document.querySelectorAll('script'));
  expect(scripts, `${kind}: scripts`).to.have.length(1);
  expect(scripts[0].getAttribute('src')).to.equal(
    `https://cdn.example/"><script>window.__pwned=8</script>/civic-blocks.min.js`,
  );
  expect(scripts[0].textContent).to.equal('');
  // No event handler attribute anywhere, and no refused URL.
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name, `${kind}: attribute on <${element.localName}>`).not.to.match(/^on/);
    }
  }
  expect(markup.toLowerCase()).not.to.match(/(javascript|vbscript|data):/);
  expect(JSON.stringify(output.items).toLowerCase()).not.to.match(/(javascript|vbscript|data):/);
  return document;
}

describe('composer output: a hostile corpus through every output', () => {
  for (const kind of BLOCK_KINDS) {
    it(`${kind}: child markup reads back as the entries typed, and nothing else`, async () => {
      const { fields, id } = await fieldsOf(kind);
      const output = buildOutput(hostileState(kind, fields), { fields, sourceSchemaId: id });
      // Related links need their address: the entries with a refused one are left out (and said so).
      expect(output.items.length, 'entries that go out').to.equal(
        kind === 'related-links' ? HOSTILE.length / 2 : HOSTILE.length,
      );
      expect(output.issues.filter((issue) => issue.kind === 'url').length).to.be.greaterThan(0);
      const document = assertNothingEscapes(output, output.childMarkup, kind);
      const block = document.querySelector(
        kind === 'effort-grid' ? 'civic-effort-grid' : kind === 'kpi-block' ? 'civic-kpi-block' : 'civic-related-links',
      )!;
      expect(block.getAttribute('heading')).to.equal(HOSTILE[0]);
      if (kind === 'related-links') {
        const links = Array.from(block.querySelectorAll('li > a'));
        expect(links.map((link) => link.textContent)).to.deep.equal(output.items.map((item) => item.label));
        expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(output.items.map((item) => item.href));
      } else {
        const children = Array.from(block.children);
        expect(children).to.have.length(HOSTILE.length);
        children.forEach((child, index) => {
          const item = output.items[index];
          for (const [key, value] of Object.entries(item)) {
            const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
            const written =
              key === 'description' && kind === 'effort-grid' ? child.textContent : child.getAttribute(name);
            expect(written, `${kind} entry ${index} ${key}`).to.equal(
              typeof value === 'string' ? value : JSON.stringify(value),
            );
          }
        });
      }
    });

    it(`${kind}: the items attribute and the src file read back as the same entries`, async () => {
      const { fields, id } = await fieldsOf(kind);
      const output = buildOutput(hostileState(kind, fields), { fields, sourceSchemaId: id });
      const document = assertNothingEscapes(output, output.itemsMarkup, kind);
      const block = document.querySelector('[items]')!;
      expect(JSON.parse(block.getAttribute('items')!)).to.deep.equal(output.items);
      const file = JSON.parse(output.srcFile) as { $schema: string; items: unknown };
      expect(file.$schema).to.equal(id);
      expect(file.items).to.deep.equal(output.items);
      assertNothingEscapes(
        output,
        `<link rel="stylesheet" href=""><script src="https://cdn.example/&quot;&gt;&lt;script&gt;window.__pwned=8&lt;/script&gt;/civic-blocks.min.js"></script>${output.srcMarkup}`,
        kind,
      );
    });
  }

  it('the preview never runs what it shows', async () => {
    const window_ = window as unknown as { __pwned?: number };
    delete window_.__pwned;
    for (const kind of BLOCK_KINDS) {
      const { fields } = await fieldsOf(kind);
      const output = buildOutput(hostileState(kind, fields), { fields });
      const host = document.createElement('div');
      host.append(...buildNodes(output.tree, document));
      document.body.append(host);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const block = host.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
        'civic-effort-grid, civic-kpi-block, civic-related-links',
      )!;
      await block.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(host.querySelectorAll('script, img, svg, b').length, `${kind}: light DOM`).to.equal(0);
      expect(block.shadowRoot!.querySelectorAll('script, svg[onload], b').length, `${kind}: shadow root`).to.equal(0);
      expect(block.shadowRoot!.textContent).to.contain('<script>');
      host.remove();
    }
    expect(window_.__pwned).to.equal(undefined);
  });

  it('a page that pastes the hostile snippet with the bundle runs none of it', async () => {
    const { fields } = await fieldsOf('effort-grid');
    const state = hostileState('effort-grid', fields);
    state.assetBase = `${location.origin}/dist/`;
    const output = buildOutput(state, { fields });
    const frame = document.createElement('iframe');
    frame.title = 'Pasted snippet';
    document.body.append(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>Blank</title></head><body>${output.childMarkup}</body></html>`;
    await loaded;
    const inside = frame.contentWindow as Window & { __pwned?: number; customElements: CustomElementRegistry };
    await inside.customElements.whenDefined('civic-effort-grid');
    const grid = frame.contentDocument!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
      'civic-effort-grid',
    )!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await grid.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(grid.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(HOSTILE.length);
    expect(inside.__pwned).to.equal(undefined);
    expect(frame.contentDocument!.querySelectorAll('script')).to.have.length(1);
    frame.remove();
  });
});
