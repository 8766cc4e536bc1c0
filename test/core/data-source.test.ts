/**
 * The data rules of docs/api.md, tested once on a minimal element built on the shared core
 * (test/helpers/test-list.ts). Each family's own tests check that it uses the same core.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import '../helpers/test-list.js';
import type { TestList } from '../helpers/test-list.js';
import { fixtureUrl, recordProblems, settle } from '../helpers/events.js';
import type { CivicErrorDetail, CivicLoadDetail } from '../../src/core/events.js';

const names = (el: TestList) =>
  Array.from(el.shadowRoot!.querySelectorAll('li')).map((li) => li.textContent.trim().split(/\s+/)[0]);

let problems: ReturnType<typeof recordProblems>;
beforeEach(() => {
  problems = recordProblems();
});
afterEach(() => {
  problems.stop();
});

describe('data rules: sources', () => {
  it('reads the items attribute as JSON', async () => {
    const el = await fixture<TestList>(html`<test-list items='[{"name":"Alpha"},{"name":"Beta"}]'></test-list>`);
    expect(names(el)).to.deep.equal(['Alpha', 'Beta']);
    expect(problems.errors).to.deep.equal([]);
  });

  it('reads the items property as an array and as a JSON string (React and Vue pass strings)', async () => {
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    el.items = [{ name: 'Array' }];
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Array']);
    el.items = '[{"name":"String"}]';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['String']);
  });

  it('accepts {"items": [...]} as well as a bare array', async () => {
    const el = await fixture<TestList>(html`<test-list items='{"items":[{"name":"Wrapped"}]}'></test-list>`);
    expect(names(el)).to.deep.equal(['Wrapped']);
  });

  it('reads a child <script type="application/json">', async () => {
    const el = await fixture<TestList>(
      html`<test-list><script type="application/json">[{"name":"Inline"}]</script></test-list>`,
    );
    expect(names(el)).to.deep.equal(['Inline']);
  });

  it('reads child elements', async () => {
    const el = await fixture<TestList>(
      html`<test-list><test-entry name="One"></test-entry><test-entry name="Two"></test-entry></test-list>`,
    );
    expect(names(el)).to.deep.equal(['One', 'Two']);
  });

  it('uses the first source present: items, then script, then src, then children', async () => {
    const src = fixtureUrl([{ name: 'FromSrc' }]);
    const el = await fixture<TestList>(html`<test-list items='[{"name":"FromItems"}]' src=${src}>
      <script type="application/json">[{"name":"FromScript"}]</script>
      <test-entry name="FromChildren"></test-entry>
    </test-list>`);
    expect(names(el)).to.deep.equal(['FromItems']);

    el.removeAttribute('items');
    await settle(el);
    expect(names(el)).to.deep.equal(['FromScript']);

    const loaded = oneEvent<CustomEvent<CivicLoadDetail>>(el, 'civic-load');
    el.querySelector('script')!.remove();
    await loaded;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['FromSrc']);

    el.removeAttribute('src');
    await settle(el);
    expect(names(el)).to.deep.equal(['FromChildren']);
  });

  it('picks up child elements added and changed after upgrade', async () => {
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    expect(names(el)).to.deep.equal([]);
    const entry = document.createElement('test-entry');
    entry.setAttribute('name', 'Late');
    el.append(entry);
    await settle(el);
    expect(names(el)).to.deep.equal(['Late']);
    entry.setAttribute('name', 'Renamed');
    await settle(el);
    expect(names(el)).to.deep.equal(['Renamed']);
  });

  it('picks up inline JSON added or edited after upgrade', async () => {
    const el = await fixture<TestList>(html`<test-list><test-entry name="Child"></test-entry></test-list>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '[{"name":"Added"}]';
    el.append(script);
    await settle(el);
    expect(names(el)).to.deep.equal(['Added']);
    script.textContent = '[{"name":"Edited"}]';
    await settle(el);
    expect(names(el)).to.deep.equal(['Edited']);
  });

  it('renders text from data as text, never as HTML', async () => {
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    el.items = [{ name: '<img src=x onerror="window.__pwned=1"><b>bold</b>' }];
    await el.updateComplete;
    const item = el.shadowRoot!.querySelector('li')!;
    expect(item.querySelector('img, b')).to.equal(null);
    expect(item.textContent).to.include('<img src=x onerror="window.__pwned=1"><b>bold</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('data rules: bad input', () => {
  it('skips an invalid entry, renders the valid ones, and reports field and index', async () => {
    const el = await fixture<TestList>(
      html`<test-list items='[{"name":"Good"},{"href":"/x"},{"name":"Also good"},{"name":""}]'></test-list>`,
    );
    expect(names(el)).to.deep.equal(['Good', 'Also']);
    expect(problems.errors).to.have.length(1);
    const [error] = problems.errors;
    expect(error.source).to.equal('items');
    expect(error.problems).to.deep.equal(['items[1].name is required', 'items[3].name is required']);
    expect(error.message).to.equal('items[1].name is required; items[3].name is required');
    expect(problems.warnings).to.have.length(1);
    expect(problems.warnings[0]).to.include(error.message);
  });

  it('dispatches civic-error that bubbles out of shadow roots (composed)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-list');
    root.append(el);
    const event = oneEvent<CustomEvent<CivicErrorDetail>>(document, 'civic-error');
    el.items = '[{"nope":1}]';
    const { detail } = await event;
    expect(detail.message).to.equal('items[0].name is required');
  });

  it('reports an entry that is not an object', async () => {
    const el = await fixture<TestList>(html`<test-list items='[{"name":"Ok"}, 42, null, "text"]'></test-list>`);
    expect(names(el)).to.deep.equal(['Ok']);
    expect(problems.errors[0].problems).to.deep.equal([
      'items[1] must be an object (got 42)',
      'items[2] must be an object (got null)',
      'items[3] must be an object (got "text")',
    ]);
  });

  it('keeps the last good render when items becomes malformed JSON', async () => {
    const el = await fixture<TestList>(html`<test-list items='[{"name":"Shown"}]'></test-list>`);
    el.setAttribute('items', '[{"name": "Broken"');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Shown']);
    expect(problems.errors).to.have.length(1);
    expect(problems.errors[0].source).to.equal('items');
    expect(problems.errors[0].message).to.match(/^items is not valid JSON/);
    expect(problems.warnings[0]).to.include('items is not valid JSON');
  });

  it('keeps the last good render when every entry is invalid, and when the value is not a list', async () => {
    const el = await fixture<TestList>(html`<test-list items='[{"name":"Shown"}]'></test-list>`);
    el.items = [{ name: true as unknown as string, href: 'javascript:alert(1)' }, {}] as never;
    await el.updateComplete;
    el.items = [{}, { name: '' }];
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Shown']);
    el.items = '{"name":"not a list"}';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Shown']);
    expect(problems.errors.at(-1)!.message).to.equal('items must be an array or {"items": [...]} (got an object)');
  });

  it('renders an empty list when given an empty array', async () => {
    const el = await fixture<TestList>(html`<test-list items='[{"name":"Shown"}]'></test-list>`);
    el.items = [];
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    expect(problems.errors).to.deep.equal([]);
  });
  it('reports malformed inline JSON with source "script" and keeps what was shown', async () => {
    const el = await fixture<TestList>(
      html`<test-list><script type="application/json">[{"name":"Good"}]</script></test-list>`,
    );
    el.querySelector('script')!.textContent = '[{"name":';
    await settle(el);
    expect(names(el)).to.deep.equal(['Good']);
    expect(problems.errors[0].source).to.equal('script');
    expect(problems.errors[0].message).to.match(/script type="application\/json"> child is not valid JSON/);
  });

  it('reports a bad attribute of a child with source "attribute", bad child content with "children"', async () => {
    const el = await fixture<TestList>(
      html`<test-list
        ><test-entry name="Fine">lots</test-entry><test-entry href="/nameless"></test-entry
        ><test-entry name="Hostile" href="javascript:alert(1)">3</test-entry></test-list
      >`,
    );
    await settle(el);
    expect(names(el)).to.deep.equal(['Fine', 'Hostile']);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('3');
    expect(problems.errors.map((error) => error.source)).to.deep.equal(['attribute', 'children']);
    expect(problems.errors[0].problems[0]).to.equal('items[1].name is required');
    expect(problems.errors[0].problems[1]).to.match(/^items\[2\]\.href uses the scheme "javascript:"/);
    expect(problems.errors[1].message).to.equal('items[0].count must be a number (got "lots")');
  });

  it('never renders NaN: a non-numeric number is reported and dropped', async () => {
    const el = await fixture<TestList>(
      html`<test-list items='[{"name":"A","count":"lots"},{"name":"B","count":"12"}]'></test-list>`,
    );
    const counts = Array.from(el.shadowRoot!.querySelectorAll('.count')).map((c) => c.textContent);
    expect(counts).to.deep.equal(['12']);
    expect(problems.errors[0].message).to.equal('items[0].count must be a number (got "lots")');
    expect(el.shadowRoot!.textContent).not.to.include('NaN');
  });
});

describe('data rules: URLs', () => {
  it('drops a javascript: href, keeps the entry as text, and reports it', async () => {
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    el.items = [
      { name: 'Safe', href: 'https://www.tech.gov.sg/' },
      { name: 'Hostile', href: ' JaVaScRiPt:alert(1)' },
    ];
    await el.updateComplete;
    const links = Array.from(el.shadowRoot!.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://www.tech.gov.sg/']);
    expect(names(el)).to.deep.equal(['Safe', 'Hostile']);
    expect(problems.errors[0].message).to.equal(
      'items[1].href uses the scheme "javascript:", which is not allowed (got " JaVaScRiPt:alert(1)")',
    );
  });

  it('drops data: and javascript: images', async () => {
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    el.items = [
      { name: 'A', image: 'data:image/svg+xml,<svg onload=alert(1)>' },
      { name: 'B', image: '/test/fixtures/pixel.svg' },
    ];
    await el.updateComplete;
    const images = Array.from(el.shadowRoot!.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    expect(images).to.deep.equal([`${location.origin}/test/fixtures/pixel.svg`]);
    expect(problems.errors[0].problems).to.deep.equal([
      'items[0].image uses the scheme "data:", which is not allowed (got "data:image/svg+xml,<svg onload=alert(1)>")',
    ]);
  });
});

describe('data rules: src', () => {
  it('fetches with same-origin credentials, sets aria-busy while loading, and dispatches civic-load', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was after the test
    const originalFetch = window.fetch;
    // The request as the browser would send it: explicit options and fetch's defaults alike.
    const seen: Request[] = [];
    window.fetch = (input, init) => {
      seen.push(new Request(input, init));
      return originalFetch(input, init);
    };
    try {
      const el = document.createElement('test-list');
      el.src = fixtureUrl({ items: [{ name: 'Remote' }] }, { delay: 100 });
      const loaded = oneEvent<CustomEvent<CivicLoadDetail>>(el, 'civic-load');
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.include({ source: 'src', count: 1 });
      expect(detail.url).to.equal(new URL(el.src, location.href).href);
      expect(names(el)).to.deep.equal(['Remote']);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(seen[0].credentials).to.equal('same-origin');
      expect(seen[0].headers.get('accept')).to.equal('application/json');
      el.remove();
    } finally {
      window.fetch = originalFetch;
    }
  });

  const failures: Array<[string, () => string, RegExp]> = [
    ['an HTTP error', () => fixtureUrl('{"error":true}', { status: 500 }), /answered HTTP 500/],
    ['an HTTP 404', () => fixtureUrl('', { status: 404 }), /answered HTTP 404/],
    [
      'a body that is not JSON',
      () => fixtureUrl('<html>Not here</html>', { type: 'text/html' }),
      /did not answer with JSON/,
    ],
    [
      'JSON that is not a list',
      () => fixtureUrl({ data: [] }),
      /the src response must be an array or \{"items": \[\.\.\.\]\}/,
    ],
    ['a network failure', () => 'http://127.0.0.1:9/unreachable.json', /could not be loaded/],
  ];
  for (const [name, url, expected] of failures) {
    it(`keeps what was shown and reports ${name}`, async () => {
      const el = await fixture<TestList>(html`<test-list><test-entry name="Before"></test-entry></test-list>`);
      const failed = oneEvent<CustomEvent<CivicErrorDetail>>(el, 'civic-error');
      el.src = url();
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.source).to.equal('src');
      expect(detail.message).to.match(expected);
      expect(problems.warnings.join('\n')).to.include(detail.message);
      expect(names(el)).to.deep.equal(['Before']);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });
  }

  it('waits 10000 ms by default, and takes `timeout` as an attribute', async () => {
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    expect(el.timeout).to.equal(10000);
    const failed = oneEvent<CustomEvent<CivicErrorDetail>>(el, 'civic-error');
    el.setAttribute('timeout', '120');
    expect(el.timeout).to.equal(120);
    el.setAttribute('src', fixtureUrl([{ name: 'Too late' }], { delay: 3000 }));
    const { detail } = await failed;
    expect(detail.source).to.equal('src');
    expect(detail.message).to.match(/did not answer within 120 ms$/);
  });

  it('gives up after `timeout` milliseconds', async () => {
    const el = await fixture<TestList>(html`<test-list items='[{"name":"Kept"}]'></test-list>`);
    el.removeAttribute('items');
    el.items = undefined;
    el.timeout = 150;
    const failed = oneEvent<CustomEvent<CivicErrorDetail>>(el, 'civic-error');
    el.src = fixtureUrl([{ name: 'Too late' }], { delay: 3000 });
    const { detail } = await failed;
    expect(detail.message).to.match(/did not answer within 150 ms$/);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kept']);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('aborts the earlier request when src changes, and ignores its answer', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was after the test
    const originalFetch = window.fetch;
    const signals: AbortSignal[] = [];
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return originalFetch(input, init);
    };
    try {
      const el = await fixture<TestList>(html`<test-list></test-list>`);
      const loads: string[] = [];
      el.addEventListener('civic-load', (event) => loads.push(event.detail.url));
      el.src = fixtureUrl([{ name: 'Slow' }], { delay: 400 });
      await el.updateComplete;
      const second = fixtureUrl([{ name: 'Fast' }]);
      const loaded = oneEvent<CustomEvent<CivicLoadDetail>>(el, 'civic-load');
      el.src = second;
      await loaded;
      await el.updateComplete;
      expect(signals).to.have.length(2);
      expect(signals[0].aborted).to.equal(true);
      expect(names(el)).to.deep.equal(['Fast']);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Fast']);
      expect(loads).to.deep.equal([new URL(second, location.href).href]);
      expect(problems.errors).to.deep.equal([]);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('drops a slow src answer when items are set meanwhile', async () => {
    const el = await fixture<TestList>(html`<test-list></test-list>`);
    el.src = fixtureUrl([{ name: 'Slow' }], { delay: 300 });
    await el.updateComplete;
    el.items = [{ name: 'Given' }];
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Given']);
  });
});

describe('data rules: child content is never lost', () => {
  const withChildren = (attributes: { items?: string; src?: string } = {}) =>
    fixture<TestList>(html`<test-list items=${attributes.items ?? nothing} src=${attributes.src ?? nothing}
      ><test-entry name="Child1"></test-entry><test-entry name="Child2"></test-entry
    ></test-list>`);

  it('shows the children when items is malformed, invalid or empty, and reports the first two', async () => {
    for (const items of ['[{"name": "Broken"', '[{"href":"/no-name"}]', '[]', '{"not":"a list"}']) {
      const el = await withChildren({ items });
      expect(names(el), items).to.deep.equal(['Child1', 'Child2']);
    }
    expect(problems.errors.map((error) => error.source)).to.deep.equal(['items', 'items', 'items']);
  });

  it('shows the children while src loads, then what src gave; and keeps them when src fails', async () => {
    const loading = await withChildren({ src: fixtureUrl([{ name: 'Loaded' }], { delay: 300 }) });
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(names(loading)).to.deep.equal(['Child1', 'Child2']);
    await oneEvent(loading, 'civic-load');
    await loading.updateComplete;
    expect(names(loading)).to.deep.equal(['Loaded']);

    const failing = await withChildren({ src: fixtureUrl('', { status: 404, delay: 300 }) });
    expect(names(failing)).to.deep.equal(['Child1', 'Child2']);
    await oneEvent(failing, 'civic-error');
    await failing.updateComplete;
    expect(names(failing)).to.deep.equal(['Child1', 'Child2']);
    expect(failing.hasAttribute('aria-busy')).to.equal(false);
  });

  it('shows the children again when src answers an empty list', async () => {
    const el = await withChildren({ src: fixtureUrl([], { delay: 300 }) });
    await oneEvent(el, 'civic-load');
    await settle(el);
    expect(names(el)).to.deep.equal(['Child1', 'Child2']);
  });

  it('keeps a higher source that rendered, and its last good render, over the children', async () => {
    const el = await withChildren({ items: '[{"name":"FromItems"}]' });
    expect(names(el)).to.deep.equal(['FromItems']);
    el.setAttribute('items', '[{"name":');
    await settle(el);
    expect(names(el)).to.deep.equal(['FromItems']);
    // Children changed meanwhile do not push the items aside.
    el.append(Object.assign(document.createElement('test-entry'), {}));
    el.lastElementChild!.setAttribute('name', 'Child3');
    await settle(el);
    expect(names(el)).to.deep.equal(['FromItems']);
  });
});
