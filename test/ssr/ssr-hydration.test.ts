/**
 * Server output (civic-blocks/ssr, served by test/ssr-server.mjs) in a real page: its content
 * shows before any script; then, with `lit-element-hydrate-support` loaded before the npm
 * build, the elements hydrate (the server's nodes are kept), and with the plain drop-in
 * bundle they replace the server content. Either way: no error or warning, nothing shown
 * twice, nothing moves, and the elements stay live.
 */
import { expect } from '@open-wc/testing';
import type { CivicEffortGrid, CivicKpiBlock, CivicRelatedLinks } from '../../src/index.js';
import type { CivicErrorDetail } from '../../src/core/events.js';
import { fixtureUrl } from '../helpers/events.js';

type Block = CivicEffortGrid | CivicKpiBlock | CivicRelatedLinks;
type Frame = { window: Window & typeof globalThis; document: Document; problems: string[]; shifts: number[] };

const TAGS = 'civic-effort-grid, civic-kpi-block, civic-related-links';

/** Opens a server-rendered page in a frame, with no script of its own yet. */
async function openPage(name: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1100px; height: 2400px; border: 0';
  document.body.append(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/__ssr/${name}`;
  await loaded;
  const window = iframe.contentWindow as Window & typeof globalThis;
  const frame: Frame = { window, document: iframe.contentDocument!, problems: [], shifts: [] };
  // Everything the page could complain about, from now on.
  for (const level of ['error', 'warn'] as const) {
    const original = window.console[level].bind(window.console);
    window.console[level] = (...args: unknown[]) => {
      frame.problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  window.addEventListener('error', (event) => frame.problems.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => frame.problems.push(`unhandled: ${String(event.reason)}`));
  if ('PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new window.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>)
        if (!entry.hadRecentInput) frame.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  }
  return frame;
}

/** Adds a module script to the frame and waits until every civic element has rendered. */
async function runScript(frame: Frame, code: string) {
  const script = frame.document.createElement('script');
  script.type = 'module';
  script.textContent = code;
  frame.document.head.append(script);
  await frame.window.customElements.whenDefined('civic-related-links');
  const blocks = Array.from(frame.document.querySelectorAll<Block>(TAGS));
  await Promise.all(blocks.map((block) => block.updateComplete));
  await new Promise((resolve) => frame.window.requestAnimationFrame(() => frame.window.requestAnimationFrame(resolve)));
  return blocks;
}

const HYDRATE = `import '/node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '/dist/index.js';`;
const DROP_IN = `import '/dist/civic-blocks.min.js';`;

/** What the server rendered, as a person sees it: each block's text, and where its pieces are. */
function snapshot(frame: Frame) {
  return Array.from(frame.document.querySelectorAll<HTMLElement>(TAGS)).map((block) => {
    const root = block.shadowRoot!;
    const pieces = Array.from(root.querySelectorAll<HTMLElement>('h2, h3, li, a, img, p'));
    return {
      tag: block.localName,
      // What is shown, piece by piece (the drop-in bundle's templates are minified: the white
      // space between pieces differs, not their text).
      text: Array.from(root.querySelectorAll('[part]:not(:has([part]))'))
        .map((piece) => (piece.textContent || piece.getAttribute('alt') || '').replace(/\s+/g, ' ').trim())
        .join(' | '),
      slotted: root.querySelector('slot') !== null,
      boxes: pieces.map((piece) => {
        const box = piece.getBoundingClientRect();
        return [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)];
      }),
      pieces,
    };
  });
}

/** The drop-in bundle's minified templates leave out white space between pieces (a trend table's cells). */
const unspaced = (text: string) => text.replace(/\s/g, '');

/**
 * After the script: every block shows the same text and pieces in the same places as the
 * server drew them, with every server node kept (hydrated) or none (taken over).
 */
function expectSameAfterTakeOver(
  before: ReturnType<typeof snapshot>,
  after: ReturnType<typeof snapshot>,
  kept: boolean,
) {
  expect(after.map((block) => block.tag)).to.deep.equal(before.map((block) => block.tag));
  for (const [index, block] of after.entries()) {
    expect(unspaced(block.text), block.tag).to.equal(unspaced(before[index].text));
    expect(block.boxes, block.tag).to.deep.equal(before[index].boxes);
    const connected = before[index].pieces.filter((piece) => piece.isConnected).length;
    expect(connected, block.tag).to.equal(kept ? before[index].pieces.length : 0);
  }
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('server-rendered pages (civic-blocks/ssr)', function () {
  this.timeout(30000);

  it('show every block’s content before any script runs', async () => {
    const frame = await openPage('seed-pages');
    expect(frame.window.customElements.get('civic-effort-grid')).to.equal(undefined);
    const [grid, kpis, links, childLinks] = snapshot(frame);
    expect(grid.pieces.filter((piece) => piece.matches('li'))).to.have.length(9);
    expect(grid.text).to.contain('Tech for Public Good').and.contain('Learn more').and.contain('Sustainability');
    expect(grid.pieces.filter((piece) => piece.matches('img'))).to.have.length(9);
    expect(kpis.text).to.contain('20,000').and.contain('officers trained in data analytics and data science');
    expect(kpis.text).to.contain('Target met').and.contain('Target: 20 ministries');
    expect(links.text).to.contain('Milestones of Singapore’s Smart Nation story');
    // Link children are read on the server: the list is drawn in the declarative root.
    expect(childLinks.slotted).to.equal(false);
    const fromPage = frame.document.querySelector('civic-related-links[heading="From the page"]')!;
    const shownLinks = Array.from(fromPage.shadowRoot!.querySelectorAll('a'));
    expect(shownLinks.map((a) => a.textContent.trim())).to.deep.equal([
      'Three Pillars of a Smart Nation',
      'Milestones of Singapore’s Smart Nation story',
    ]);
    for (const link of shownLinks) expect(link.getBoundingClientRect().height).to.be.above(0);
    // The author's links are data now: not shown a second time.
    expect(fromPage.querySelector('a')!.getClientRects()).to.have.length(0);
    // Laid out: the first card has a real size.
    expect(grid.boxes[1][2]).to.be.above(100);
    // A long figure is already at the size that fits its narrow box (the server's stylesheet
    // sets its length), so it does not shrink when the script runs.
    const figure = frame.document
      .querySelector('civic-kpi-block[heading="A long figure in a narrow box"]')!
      .shadowRoot!.querySelector<HTMLElement>('.value')!;
    expect(figure.textContent.trim()).to.equal('$1,250,000,000.00');
    expect(parseFloat(frame.window.getComputedStyle(figure).fontSize)).to.be.below(30);
    expect(figure.getBoundingClientRect().height).to.be.below(40);
  });

  for (const [mode, code, page] of [
    ['hydrate support and the npm build', HYDRATE, 'seed-pages'],
    ['the plain drop-in bundle', DROP_IN, 'seed-pages'],
    ['styles linked (stylesheets), hydrate support', HYDRATE, 'linked-styles'],
    ['styles linked (stylesheets), the drop-in bundle', DROP_IN, 'linked-styles'],
    ['written for the drop-in bundle (dropIn: no hydration markers), the drop-in bundle', DROP_IN, 'drop-in'],
    ['written for the drop-in bundle, hydrate support and the npm build (replaced, not hydrated)', HYDRATE, 'drop-in'],
  ] as const) {
    it(`${mode}: no error or warning, nothing twice, nothing moves`, async () => {
      const frame = await openPage(page);
      const before = snapshot(frame);
      await runScript(frame, code);
      const after = snapshot(frame);
      expect(frame.problems).to.deep.equal([]);
      // The same text and pieces, in the same places (child markup: now drawn by the element itself).
      for (const [index, block] of after.entries()) {
        if (before[index].slotted) continue;
        expect(block.text, block.tag).to.equal(before[index].text);
        expect(block.boxes, block.tag).to.deep.equal(before[index].boxes);
      }
      expect(after[3].slotted).to.equal(false);
      expect(after[3].pieces.filter((piece) => piece.matches('a'))).to.have.length(2);
      const grid = frame.document.querySelector('civic-effort-grid')!.shadowRoot!;
      expect(grid.querySelectorAll('ul')).to.have.length(1);
      expect(grid.querySelectorAll('li')).to.have.length(9);
      // Styled: adopted styles, or (hydrated) the server's inline style or linked stylesheet, kept.
      const styleSources =
        grid.querySelectorAll('style, link[rel="stylesheet"]').length + (grid.adoptedStyleSheets.length ? 1 : 0);
      expect(styleSources).to.be.at.least(1);
      // Layout shift, where the browser measures it.
      if (frame.window.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
        expect(frame.shifts.reduce((sum, value) => sum + value, 0)).to.be.below(0.01);
      }
      // Hydration keeps the server's nodes; the drop-in bundle draws its own, and so does the npm
      // build over content written for the drop-in bundle (no markers to hydrate from).
      const kept = before[0].pieces.filter((piece) => piece.isConnected).length;
      if (code === HYDRATE && page !== 'drop-in') expect(kept).to.equal(before[0].pieces.length);
      else expect(kept).to.equal(0);
    });

    if (page !== 'seed-pages') continue;
    it(`${mode}: the elements stay live (items, config, events, src)`, async () => {
      const frame = await openPage('seed-pages');
      const [grid, kpis] = (await runScript(frame, code)) as [CivicEffortGrid, CivicKpiBlock];
      grid.items = [{ heading: 'Digital Identity', description: 'Singpass and Corppass.', href: '/identity' }];
      await grid.updateComplete;
      expect(
        Array.from(grid.shadowRoot!.querySelectorAll('[part~="heading"]'), (h) => h.textContent.trim()),
      ).to.deep.equal(['Digital Identity']);
      const config = frame.document.querySelector('civic-config')!;
      config.setAttribute('locale', 'de-DE');
      await (config as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await kpis.updateComplete;
      expect(kpis.shadowRoot!.querySelector('[part="value"]')!.textContent.trim()).to.equal('20.000');
      expect(grid.shadowRoot!.querySelector('[part="link-text"]')!.textContent.trim()).to.equal('Mehr erfahren');
      const errors: CivicErrorDetail[] = [];
      frame.document.addEventListener('civic-error', (event) => errors.push(event.detail));
      grid.items = '[{"heading":';
      await grid.updateComplete;
      expect(errors.map((error) => error.source)).to.deep.equal(['items']);
      expect(grid.shadowRoot!.querySelectorAll('li')).to.have.length(1);
      // src: the links' items go, a src comes, and its answer is shown (civic-load).
      const links = frame.document.querySelector<CivicRelatedLinks>('civic-related-links')!;
      const loaded = new Promise<Event>((resolve) => links.addEventListener('civic-load', resolve, { once: true }));
      links.removeAttribute('items');
      links.src = fixtureUrl([{ label: 'Digital Government Blueprint', href: '/dgb' }]);
      await loaded;
      await links.updateComplete;
      expect(Array.from(links.shadowRoot!.querySelectorAll('a'), (a) => a.textContent.trim())).to.deep.equal([
        'Digital Government Blueprint',
      ]);
      // The console warning is the element's own report, as in any page.
      expect(frame.problems.filter((problem) => !problem.includes('<civic-effort-grid> items:'))).to.deep.equal([]);
    });
  }
});

describe('server-rendered pages under a strict Content-Security-Policy', function () {
  this.timeout(30000);

  /** What a reader sees of the element styles before any script: cards in a grid, a long figure at its size. */
  function looks(frame: Frame) {
    const grid = frame.document.querySelector('civic-effort-grid')!.shadowRoot!;
    const cards = Array.from(grid.querySelectorAll('li'), (card) => card.getBoundingClientRect());
    const figure = frame.document
      .querySelector('civic-kpi-block[heading="A long figure in a narrow box"]')!
      .shadowRoot!.querySelector<HTMLElement>('.value')!;
    return {
      cards: cards.length,
      cardsInFirstRow: cards.filter((card) => Math.round(card.top) === Math.round(cards[0].top)).length,
      figureSize: parseFloat(frame.window.getComputedStyle(figure).fontSize),
    };
  }

  it('show the content styled before any script when style-src lists the returned styleHashes', async () => {
    const frame = await openPage('strict-csp');
    expect(frame.window.customElements.get('civic-effort-grid')).to.equal(undefined);
    const seen = looks(frame);
    expect(seen.cards).to.equal(9);
    expect(seen.cardsInFirstRow).to.equal(3);
    expect(seen.figureSize).to.be.below(30);
  });

  it('without those hashes in style-src, the browser refuses the styles (what the hashes are for)', async () => {
    const frame = await openPage('strict-csp-unlisted');
    const seen = looks(frame);
    expect(seen.cards).to.equal(9);
    // Unstyled: one card under another, a figure in the page's own text size.
    expect(seen.cardsInFirstRow).to.equal(1);
    expect(seen.figureSize).to.equal(parseFloat(frame.window.getComputedStyle(frame.document.body).fontSize));
  });
});

describe('server-rendered pages with the shadow stylesheets linked (stylesheets: civic-blocks/shadow/)', function () {
  this.timeout(30000);

  it('look as with the styles inline before any script, under a style-src that allows no element style inline', async () => {
    // The same page with its styles inline, under the same policy (which also refuses the page's
    // own style attributes), their hashes allowed.
    const inline = snapshot(await openPage('strict-csp'));
    const frame = await openPage('linked-styles-strict');
    expect(frame.window.customElements.get('civic-effort-grid')).to.equal(undefined);
    const linked = snapshot(frame);
    for (const [index, block] of linked.entries()) {
      const root = frame.document.querySelectorAll(TAGS)[index].shadowRoot!;
      if (!block.slotted) {
        // One stylesheet linked, and no style inline.
        expect(Array.from(root.querySelectorAll('link'), (link) => link.getAttribute('href'))).to.deep.equal([
          `/dist/shadow/${block.tag}.css`,
        ]);
        expect(root.querySelectorAll('style')).to.have.length(0);
      }
      // The same text, and every piece in the same place and at the same size.
      expect(block.text, block.tag).to.equal(inline[index].text);
      expect(block.boxes, block.tag).to.deep.equal(inline[index].boxes);
    }
    const [grid] = linked;
    const cards = grid.pieces
      .filter((piece) => piece.matches('li'))
      .map((card) => Math.round(card.getBoundingClientRect().top));
    expect(cards).to.have.length(9);
    expect(
      cards.filter((top) => top === cards[0]),
      'cards in the first row',
    ).to.have.length(3);
    const figure = frame.document
      .querySelector('civic-kpi-block[heading="A long figure in a narrow box"]')!
      .shadowRoot!.querySelector<HTMLElement>('.value')!;
    expect(parseFloat(frame.window.getComputedStyle(figure).fontSize)).to.be.below(30);
  });
});

describe('server-rendered child markup (<civic-effort-card> and <civic-kpi> children)', function () {
  this.timeout(30000);

  it('shows every card and the formatted figures, target status and trend table before any script', async () => {
    const frame = await openPage('child-markup');
    expect(frame.window.customElements.get('civic-effort-grid')).to.equal(undefined);
    const [grid, kpis, links] = snapshot(frame);
    const cards = frame.document.querySelectorAll('civic-effort-card');
    expect(cards).to.have.length(9);
    // Drawn by the declarative shadow root, not as written through a slot.
    expect(grid.slotted).to.equal(false);
    expect(kpis.slotted).to.equal(false);
    const root = frame.document.querySelector('civic-effort-grid')!.shadowRoot!;
    const headings = Array.from(root.querySelectorAll('[part~="heading"]'), (h) => h.textContent.trim());
    expect(headings).to.deep.equal(Array.from(cards, (card) => card.getAttribute('heading')));
    for (const link of Array.from(root.querySelectorAll('a')))
      expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(root.querySelectorAll('a')).to.have.length(9);
    expect(Array.from(root.querySelectorAll('img'), (img) => img.alt)).to.deep.equal(
      Array.from(cards, (card) => card.getAttribute('image-alt')),
    );
    expect(grid.text).to.contain('Learn more');
    // The children are data: not shown a second time.
    for (const card of Array.from(cards)) expect(card.getClientRects()).to.have.length(0);
    expect(kpis.text).to.contain('20,000').and.contain('Target met').and.contain('Target: 20 ministries');
    expect(kpis.text).to.contain('3.4M');
    const block = frame.document.querySelector('civic-kpi-block')!.shadowRoot!;
    expect(Array.from(block.querySelectorAll('td'), (cell) => cell.textContent.trim())).to.deep.equal([
      '2.8 million',
      '3.4 million',
    ]);
    expect(grid.boxes[1][2]).to.be.above(100);
    // The related links: the heading child, each link with its own content and attributes.
    const list = frame.document.querySelector('civic-related-links')!;
    expect(links.slotted).to.equal(false);
    expect(list.shadowRoot!.querySelector('h2')!.textContent.trim()).to.equal('Related Links');
    const shown = Array.from(list.shadowRoot!.querySelectorAll('a'));
    expect(shown.map((a) => a.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Three Pillars of a Smart Nation: Digital Society, Digital Economy & Digital Government',
      'Milestones of Singapore’s Smart Nation story',
    ]);
    expect(shown[0].querySelector('b')).to.exist;
    expect([shown[0].lang, shown[0].title]).to.deep.equal(['en', 'Pillars']);
    expect(links.text).to.contain('from 2014');
    for (const link of shown) expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(list.querySelector('a')!.getClientRects()).to.have.length(0);
  });

  for (const [mode, code] of [
    ['hydrate support and the npm build', HYDRATE],
    ['the plain drop-in bundle', DROP_IN],
  ] as const) {
    it(`${mode}: no error or warning, nothing twice, nothing moves${code === HYDRATE ? ', every server node kept' : ''}`, async () => {
      const frame = await openPage('child-markup');
      const before = snapshot(frame);
      await runScript(frame, code);
      expect(frame.problems).to.deep.equal([]);
      expectSameAfterTakeOver(before, snapshot(frame), code === HYDRATE);
      const root = frame.document.querySelector('civic-effort-grid')!.shadowRoot!;
      expect(root.querySelectorAll('li')).to.have.length(9);
      if (frame.window.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
        expect(frame.shifts.reduce((sum, value) => sum + value, 0)).to.be.below(0.01);
      }
      for (const [index, block] of before.entries())
        expect(block.pieces.length, block.tag).to.be.above(index === 0 ? 30 : 3);
      // Still live: a card changed in the page is shown.
      const card = frame.document.querySelector('civic-effort-card')!;
      card.setAttribute('heading', 'Tech for Public Good, changed');
      const grid = frame.document.querySelector<CivicEffortGrid>('civic-effort-grid')!;
      await new Promise((resolve) => setTimeout(resolve, 0));
      await grid.updateComplete;
      expect(root.querySelector('[part~="heading"]')!.textContent.trim()).to.equal('Tech for Public Good, changed');
      // And a link child changed: its new text replaces the server's copy, once.
      const list = frame.document.querySelector<CivicRelatedLinks>('civic-related-links')!;
      list.querySelector('a')!.textContent = 'Three Pillars of a Smart Nation';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await list.updateComplete;
      expect(
        Array.from(list.shadowRoot!.querySelectorAll('a'), (a) => a.textContent.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal(['Three Pillars of a Smart Nation', 'Milestones of Singapore’s Smart Nation story']);
      expect(frame.problems).to.deep.equal([]);
    });
  }
});

describe('server-rendered civic tags in <template> content and in <svg>', function () {
  this.timeout(20000);

  it('a copy of template content keeps the rendered root; a civic tag in <svg> stays a foreign element, one in <foreignObject> is rendered', async () => {
    const frame = await openPage('template-and-foreign');
    expect(frame.window.customElements.get('civic-related-links')).to.equal(undefined);
    const linkText = (element: Element | null) =>
      Array.from(element?.shadowRoot?.querySelectorAll('a') ?? [], (link) => link.textContent.trim());
    // The page's script copies the template: the copy shows its content before civic-blocks loads.
    const template = frame.document.querySelector<HTMLTemplateElement>('#later')!;
    frame.document.body.append(frame.document.importNode(template.content, true));
    const copy = frame.document.body.querySelector(':scope > civic-related-links');
    expect(linkText(copy)).to.deep.equal(['From the template']);
    const drawing = frame.document.querySelector('#drawing')!;
    const [inSvg, inForeignObject] = Array.from(drawing.querySelectorAll('civic-related-links'));
    expect(inSvg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(inSvg.shadowRoot).to.equal(null);
    // Nothing of it breaks out of the drawing into the page.
    expect(inSvg.querySelector('template, h2, ul')).to.equal(null);
    expect(linkText(inForeignObject)).to.deep.equal(['In a foreignObject']);
    // Then the drop-in bundle: every HTML-namespace block upgrades, and no problem is reported.
    await runScript(frame, DROP_IN);
    expect(linkText(copy)).to.deep.equal(['From the template']);
    expect(linkText(inForeignObject)).to.deep.equal(['In a foreignObject']);
    expect(frame.problems).to.deep.equal([]);
  });
});

describe('the demo pages of child markup (seeds 001 and 002), server-rendered', function () {
  this.timeout(30000);

  for (const page of ['seed-001-markup', 'seed-002-markup']) {
    for (const [mode, code] of [
      ['hydrate support and the npm build', HYDRATE],
      ['the plain drop-in bundle', DROP_IN],
    ] as const) {
      it(`${page}, ${mode}: every block drawn before any script, then nothing twice, nothing moves`, async () => {
        const frame = await openPage(page);
        const before = snapshot(frame);
        expect(before.length).to.be.above(0);
        for (const block of before) {
          expect(block.slotted, block.tag).to.equal(false);
          expect(block.pieces.length, block.tag).to.be.above(0);
        }
        await runScript(frame, code);
        expect(frame.problems).to.deep.equal([]);
        expectSameAfterTakeOver(before, snapshot(frame), code === HYDRATE);
        if (frame.window.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
          expect(frame.shifts.reduce((sum, value) => sum + value, 0)).to.be.below(0.01);
        }
      });
    }
  }
});

describe('the drop-in bundle takes over server content block by block', function () {
  this.timeout(30000);

  for (const page of ['drop-in', 'seed-pages', 'seed-002-markup']) {
    it(`${page}: each block replaced in a step of its own, every block’s content shown at every step`, async () => {
      const frame = await openPage(page);
      const before = snapshot(frame);
      const blocks = Array.from(frame.document.querySelectorAll<Block>(TAGS));
      const drawn = blocks.filter((_, index) => !before[index].slotted);
      expect(drawn.length).to.be.above(1);
      const texts = (shown: ReturnType<typeof snapshot>) => shown.map((block) => unspaced(block.text));
      // The moment the bundle has defined the elements, in the same task: still the server's content.
      let atDefine: string[] = [];
      (frame.window as unknown as { civicDefined(): void }).civicDefined = () => (atDefine = texts(snapshot(frame)));
      // Each batch of changes the page sees, and what every block shows at that moment.
      const steps: Array<{ changed: Set<Node>; texts: string[] }> = [];
      const observer = new frame.window.MutationObserver((records) => {
        steps.push({
          changed: new Set(records.map((record) => record.target.getRootNode())),
          texts: texts(snapshot(frame)),
        });
      });
      for (const block of drawn)
        observer.observe(block.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await runScript(frame, `import '/dist/civic-blocks.min.js'; window.civicDefined();`);
      observer.disconnect();
      expect(frame.problems).to.deep.equal([]);
      expect(atDefine).to.deep.equal(texts(before));
      // Never shown twice, nor missing: at every step, every block shows what the server drew.
      for (const step of steps) expect(step.texts).to.deep.equal(texts(before));
      // Each block's take-over is a step of its own: no two blocks are replaced at once.
      const firstStep = drawn.map((block) => steps.findIndex((step) => step.changed.has(block.shadowRoot!)));
      expect(
        firstStep.every((index) => index >= 0),
        'every block taken over',
      ).to.equal(true);
      expect(new Set(firstStep).size, `steps ${firstStep.join(', ')}`).to.equal(drawn.length);
      expectSameAfterTakeOver(before, snapshot(frame), false);
      if (frame.window.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
        expect(frame.shifts.reduce((sum, value) => sum + value, 0)).to.be.below(0.01);
      }
    });
  }
});

describe('the drop-in bundle over a server-rendered grid at the top of the page', function () {
  this.timeout(30000);

  it('loads the first row eagerly (the first image with high priority) and the rest lazily, as a grid rendered in the client does', async () => {
    const frame = await openPage('drop-in');
    const images = () =>
      Array.from(frame.document.querySelector('civic-effort-grid')!.shadowRoot!.querySelectorAll('img'));
    // The server cannot see the viewport: the page's first grid loads its first row eagerly at
    // the widest layout (its 3 columns); the bundle measures the grid and decides again.
    expect(images().map((img) => img.loading)).to.deep.equal([
      ...Array<string>(3).fill('eager'),
      ...Array<string>(6).fill('lazy'),
    ]);
    await runScript(frame, DROP_IN);
    const cards = images().map((img) => Math.round(img.getBoundingClientRect().top));
    const firstRow = cards.filter((top) => top === cards[0]).length;
    expect(firstRow).to.equal(3);
    expect(images().map((img) => img.loading)).to.deep.equal([
      ...Array<string>(3).fill('eager'),
      ...Array<string>(6).fill('lazy'),
    ]);
    expect(images().map((img) => img.getAttribute('fetchpriority'))).to.deep.equal([
      'high',
      ...Array<null>(8).fill(null),
    ]);
    expect(frame.problems).to.deep.equal([]);
  });
});
