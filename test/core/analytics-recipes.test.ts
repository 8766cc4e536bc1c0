/**
 * The analytics recipes of docs/agencies.md ("Analytics: recording clicks on civic links"), run
 * exactly as the page gives them (read from the Markdown file, not copied here) against a
 * stand-in for each tool's global: GTM/GA4's `dataLayer`, Adobe's `s.tl()`, Matomo's `_paq`.
 * Each must record a real click on a card, a KPI's link and a related link, with its URL.
 */
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { mountHost, unmountAll } from '../helpers/mount.js';

type Globals = { dataLayer?: unknown[]; s?: { tl: (...args: unknown[]) => void }; _paq?: unknown[][] };
const globals = window as unknown as Globals;

/** The code block after each `<!-- analytics-recipe: name -->` marker of docs/agencies.md. */
async function recipes(): Promise<Map<string, string>> {
  const text = await (await fetch('/docs/agencies.md')).text();
  return new Map(
    Array.from(text.matchAll(/<!-- analytics-recipe: (\w+) -->\n```js\n([^]*?)```/g), ([, name, code]) => [name, code]),
  );
}

/** Runs a recipe as a page script would; returns a function that takes its listeners away again. */
function install(code: string): () => void {
  const added: [string, EventListenerOrEventListenerObject][] = [];
  const add = document.addEventListener.bind(document);
  document.addEventListener = (type: string, listener: EventListenerOrEventListenerObject) => {
    added.push([type, listener]);
    add(type, listener);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the recipe's own text, from the docs
    (new Function(code) as () => void)();
  } finally {
    document.addEventListener = add;
  }
  return () => added.forEach(([type, listener]) => document.removeEventListener(type, listener));
}

const external = 'https://www.tech.gov.sg/singapore-digital-government-journey/tech-for-public-good';
const kpiLink = 'https://www.smartnation.gov.sg/about-smart-nation/digital-government';
const internal = new URL('/about-smart-nation/pillars-of-smart-nation', location.href).href;

/** The seed pages' three kinds of link, each clicked once with the mouse; the navigation is cancelled at the window. */
async function clickEveryKind(): Promise<void> {
  const host = await mountHost(html`
    <civic-effort-grid
      .items=${[{ heading: 'Tech for Public Good', description: 'Technology for citizens.', href: external }]}
    ></civic-effort-grid>
    <civic-kpi-block .items=${[{ label: 'ministries with AI plans', value: 20, target: 20, href: kpiLink }]}></civic-kpi-block>
    <civic-related-links
      .items=${[{ label: 'Three Pillars of a Smart Nation', href: '/about-smart-nation/pillars-of-smart-nation' }]}
    ></civic-related-links>
  `);
  const stay = (event: Event) => event.preventDefault();
  window.addEventListener('click', stay);
  try {
    for (const element of Array.from(host.children)) {
      const link = element.shadowRoot!.querySelector('a')!;
      link.scrollIntoView({ block: 'center' });
      const box = link.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
    }
  } finally {
    window.removeEventListener('click', stay);
  }
}

let uninstall: (() => void) | undefined;
afterEach(async () => {
  uninstall?.();
  uninstall = undefined;
  delete globals.dataLayer;
  delete globals.s;
  delete globals._paq;
  await resetMouse();
  unmountAll();
});

describe('analytics recipes (docs/agencies.md)', () => {
  it('are the three the docs name', async () => {
    expect([...(await recipes()).keys()]).to.deep.equal(['gtm', 'adobe', 'matomo']);
  });

  it('GTM / GA4: one dataLayer event per link, with its URL, text and whether it leaves the site', async () => {
    globals.dataLayer = [{ 'gtm.start': 1 }];
    uninstall = install((await recipes()).get('gtm')!);
    await clickEveryKind();
    expect(globals.dataLayer).to.deep.equal([
      { 'gtm.start': 1 },
      {
        event: 'civic_link_click',
        link_url: external,
        link_text: 'Tech for Public Good',
        link_domain: 'www.tech.gov.sg',
        outbound: true,
        civic_element: 'civic-effort-grid',
        civic_index: 0,
      },
      {
        event: 'civic_link_click',
        link_url: kpiLink,
        link_text: 'Details',
        link_domain: 'www.smartnation.gov.sg',
        outbound: true,
        civic_element: 'civic-kpi-block',
        civic_index: 0,
      },
      {
        event: 'civic_link_click',
        link_url: internal,
        link_text: 'Three Pillars of a Smart Nation',
        link_domain: location.hostname,
        outbound: false,
        civic_element: 'civic-related-links',
        civic_index: 0,
      },
    ]);
  });

  it('GTM / GA4: makes the dataLayer when the page has none yet', async () => {
    uninstall = install((await recipes()).get('gtm')!);
    await clickEveryKind();
    expect((globals.dataLayer as { link_url: string }[]).map((entry) => entry.link_url)).to.deep.equal([
      external,
      kpiLink,
      internal,
    ]);
  });

  it('Adobe Analytics: an s.tl() call per link, exit links for those that leave the site, named by URL', async () => {
    const calls: unknown[][] = [];
    globals.s = { tl: (...args: unknown[]) => calls.push(args) };
    uninstall = install((await recipes()).get('adobe')!);
    await clickEveryKind();
    expect(calls).to.deep.equal([
      [true, 'e', external],
      [true, 'e', kpiLink],
      [true, 'o', internal],
    ]);
  });

  it('Adobe Analytics: does nothing, and breaks nothing, before AppMeasurement has loaded', async () => {
    uninstall = install((await recipes()).get('adobe')!);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await clickEveryKind();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('Matomo: an outlink for a link that leaves the site, an event with its URL for one within it', async () => {
    globals._paq = [['trackPageView'], ['enableLinkTracking']];
    uninstall = install((await recipes()).get('matomo')!);
    await clickEveryKind();
    expect(globals._paq).to.deep.equal([
      ['trackPageView'],
      ['enableLinkTracking'],
      ['trackLink', external, 'link'],
      ['trackLink', kpiLink, 'link'],
      ['trackEvent', 'Civic link', 'civic-related-links', internal],
    ]);
  });
});
