/**
 * The drop-in bundles (built by `npm run build`, which `npm test` runs first): one file
 * registers every element, and a second copy on the page throws nothing.
 */
import { expect } from '@open-wc/testing';
import { recordProblems } from './helpers/events.js';

const TAGS = [
  'civic-config',
  'civic-effort-grid',
  'civic-effort-card',
  'civic-kpi-block',
  'civic-kpi',
  'civic-related-links',
];

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

// A variable, not a literal, so that TypeScript does not try to resolve the built file.
const bundleUrl: string = '/dist/civic-blocks.min.js';
const npmEntryUrl: string = '/dist/index.js';

describe('drop-in bundle', () => {
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('dist/civic-blocks.min.js registers every element', async () => {
    await import(/* @vite-ignore */ bundleUrl);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('a second copy of the ES module bundle throws nothing, keeps the first registration and says so', async () => {
    const first = TAGS.map((tag) => customElements.get(tag));
    const problems = recordProblems();
    try {
      await import(/* @vite-ignore */ `${bundleUrl}?copy=2`);
    } finally {
      problems.stop();
    }
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(first);
    for (const tag of TAGS) {
      expect(
        problems.warnings.some((warning) => warning.includes(`<${tag}> is already defined`)),
        tag,
      ).to.equal(true);
    }
  });

  it('the classic-script bundle loaded twice beside the module throws nothing', async () => {
    const problems = recordProblems();
    try {
      await loadClassicScript('/dist/civic-blocks.iife.min.js');
      await loadClassicScript('/dist/civic-blocks.iife.min.js?copy=2');
    } finally {
      problems.stop();
    }
    expect(pageErrors).to.deep.equal([]);
    expect(problems.warnings.filter((warning) => warning.includes('already defined'))).to.have.length(TAGS.length * 2);
  });

  it("the npm build imported on the same page throws nothing; the bundle's registration wins, with a warning", async () => {
    const first = TAGS.map((tag) => customElements.get(tag));
    const problems = recordProblems();
    try {
      await import(/* @vite-ignore */ npmEntryUrl);
    } finally {
      problems.stop();
    }
    expect(pageErrors).to.deep.equal([]);
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(first);
    for (const tag of TAGS) {
      expect(
        problems.warnings.some((warning) => warning.includes(`<${tag}> is already defined`)),
        tag,
      ).to.equal(true);
    }
  });

  // docs/api.md: `detail: { message, source, problems }`. The bundles rename private members
  // (rollup.config.mjs); a public key renamed there reaches pages under another name.
  for (const [name, type] of [
    ['dist/civic-blocks.min.js', 'module'],
    ['dist/civic-blocks.iife.min.js', 'text/javascript'],
  ] as const) {
    it(`civic-error from ${name} has the documented detail keys`, async () => {
      // Each bundle in a page of its own: an iframe, so its registration is the one in force.
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const win = frame.contentWindow as Window & typeof globalThis;
      const script = win.document.createElement('script');
      const src = `/${name}`;
      script.type = type;
      script.src = src;
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = () => reject(new Error(`${src} failed to load`));
        win.document.head.append(script);
      });
      const details: CustomEvent[] = [];
      win.document.addEventListener('civic-error', (event) => details.push(event as CustomEvent));
      const block = win.document.createElement('civic-kpi-block');
      block.setAttribute('items', '[{"value": 3}]');
      win.document.body.append(block);
      await (block as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
      frame.remove();
      expect(details, 'one civic-error').to.have.length(1);
      const detail = details[0].detail as Record<string, unknown>;
      expect(Object.keys(detail).sort()).to.deep.equal(['message', 'problems', 'source']);
      expect(detail).to.deep.equal({
        message: 'items[0].label is required',
        source: 'items',
        problems: ['items[0].label is required'],
      });
    });
  }

  it('renders with the bundled Lit: a config formats a list in its locale', async () => {
    const config = document.createElement('civic-config');
    config.setAttribute('locale', 'de-DE');
    document.body.append(config);
    await (config as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(getComputedStyle(config).display).to.equal('contents');
    config.remove();
  });
});
