import { expect, fixture, html } from '@open-wc/testing';
import '../../src/config.js';
import '../helpers/test-list.js';
import type { CivicConfig } from '../../src/config.js';
import type { TestList } from '../helpers/test-list.js';
import { recordProblems, settle } from '../helpers/events.js';

const count = (el: TestList) => el.shadowRoot!.querySelector('.count')!.textContent;
const link = (el: TestList) => el.shadowRoot!.querySelector('a')!;
const entry = '[{"name":"Officers trained","count":20000.5,"href":"about/milestones"}]';

describe('<civic-config>', () => {
  it('formats numbers for its locale with Intl.NumberFormat', async () => {
    const root = await fixture(html`<div>
      <civic-config locale="de-DE"><test-list items=${entry}></test-list></civic-config>
      <civic-config locale="en-SG"><test-list items=${entry}></test-list></civic-config>
    </div>`);
    const [german, singapore] = Array.from(root.querySelectorAll('test-list'));
    await settle(german);
    expect(count(german)).to.equal(new Intl.NumberFormat('de-DE').format(20000.5));
    expect(count(german)).to.equal('20.000,5');
    expect(count(singapore)).to.equal('20,000.5');
  });

  it('defaults to the nearest lang, else en, outside any config', async () => {
    const root = await fixture(html`<div>
      <section lang="de"><test-list items=${entry}></test-list></section>
      <test-list items=${entry}></test-list>
    </div>`);
    const [german, plain] = Array.from(root.querySelectorAll('test-list'));
    const expectedPlain = new Intl.NumberFormat(document.documentElement.lang || 'en').format(20000.5);
    expect(count(german)).to.equal('20.000,5');
    expect(count(plain)).to.equal(expectedPlain);
  });

  it('defaults its own locale to the nearest lang', async () => {
    const root = await fixture(
      html`<div lang="de-CH"><civic-config><test-list items=${entry}></test-list></civic-config></div>`,
    );
    const list = root.querySelector('test-list')!;
    await settle(list);
    expect(count(list)).to.equal(new Intl.NumberFormat('de-CH').format(20000.5));
  });

  it('lets the nearest config win, and inherits what it leaves unset', async () => {
    const root =
      await fixture(html`<civic-config locale="de-DE" link-target="_blank" base-url="https://www.smartnation.gov.sg/">
      <civic-config locale="en-SG"><test-list items=${entry}></test-list></civic-config>
    </civic-config>`);
    const list = root.querySelector('test-list')!;
    await settle(list);
    expect(count(list)).to.equal('20,000.5');
    expect(link(list).getAttribute('href')).to.equal('https://www.smartnation.gov.sg/about/milestones');
    expect(link(list).getAttribute('target')).to.equal('_blank');
  });

  it('re-renders its consumers when an attribute changes', async () => {
    const config = await fixture<CivicConfig>(
      html`<civic-config locale="en-SG"><test-list items=${entry}></test-list></civic-config>`,
    );
    const list = config.querySelector('test-list')!;
    await settle(list);
    expect(count(list)).to.equal('20,000.5');
    expect(link(list).getAttribute('target')).to.equal('_self');

    config.setAttribute('locale', 'de-DE');
    config.setAttribute('link-target', '_blank');
    config.setAttribute('base-url', 'https://www.tech.gov.sg/sub/');
    await config.updateComplete;
    await list.updateComplete;
    expect(count(list)).to.equal('20.000,5');
    expect(link(list).getAttribute('target')).to.equal('_blank');
    expect(link(list).getAttribute('href')).to.equal('https://www.tech.gov.sg/sub/about/milestones');
  });

  it('resolves relative URLs against a relative base-url, itself relative to the page', async () => {
    const config = await fixture<CivicConfig>(
      html`<civic-config base-url="/site/"><test-list items=${entry}></test-list></civic-config>`,
    );
    const list = config.querySelector('test-list')!;
    await settle(list);
    expect(link(list).getAttribute('href')).to.equal(`${location.origin}/site/about/milestones`);
  });

  it('reports attribute values it cannot use, and keeps the defaults', async () => {
    const problems = recordProblems();
    try {
      const config = await fixture<CivicConfig>(
        html`<civic-config link-target="_top" base-url="javascript:alert(1)" locale="not a locale!"><test-list items=${entry}></test-list></civic-config>`,
      );
      const list = config.querySelector('test-list')!;
      await settle(list);
      expect(problems.errors).to.have.length(1);
      expect(problems.errors[0].source).to.equal('attribute');
      expect(problems.errors[0].problems).to.deep.equal([
        'locale "not a locale!" is not a BCP 47 language tag',
        'base-url uses the scheme "javascript:", which is not allowed',
        'link-target must be _self or _blank (got "_top")',
      ]);
      expect(link(list).getAttribute('target')).to.equal('_self');
      expect(link(list).getAttribute('href')).to.equal(`${location.origin}/about/milestones`);
      expect(count(list)).to.equal('20,000.5');
    } finally {
      problems.stop();
    }
  });

  it('lays out as if it were not there (display: contents)', async () => {
    const config = await fixture<CivicConfig>(html`<civic-config><p>Text</p></civic-config>`);
    expect(getComputedStyle(config).display).to.equal('contents');
    expect(config.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
