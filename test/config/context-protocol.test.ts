/**
 * <civic-config> and the elements speak the context protocol of @lit/context with their own
 * small controllers (src/core/settings-context.ts). A page's own @lit/context consumers and
 * providers of the public `civicConfigContext` must work with them, both ways, and a config
 * that upgrades or arrives after its elements must still reach them.
 */
import { ContextConsumer, ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { civicConfigContext } from '../../src/index.js';
import '../../src/config.js';
import '../helpers/test-list.js';
import type { CivicConfig } from '../../src/config.js';
import type { TestList } from '../helpers/test-list.js';
import { settle } from '../helpers/events.js';

const count = (el: TestList) => el.shadowRoot!.querySelector('.count')!.textContent;
const href = (el: TestList) => el.shadowRoot!.querySelector('a')!.getAttribute('href');
const entry = '[{"name":"Officers trained","count":20000.5,"href":"about/milestones"}]';

/** A page's own element that reads the settings with @lit/context's ContextConsumer. */
class PageSettingsReader extends LitElement {
  readonly settings = new ContextConsumer(this, { context: civicConfigContext, subscribe: true });
  override render() {
    return this.settings.value?.locale ?? 'none';
  }
}
customElements.define('page-settings-reader', PageSettingsReader);

/** A page's own element that provides the settings with @lit/context's ContextProvider. */
class PageSettingsProvider extends LitElement {
  readonly provider = new ContextProvider(this, {
    context: civicConfigContext,
    initialValue: { locale: 'de-DE', baseUrl: 'https://www.smartnation.gov.sg/', linkTarget: '_self' },
  });
  override createRenderRoot() {
    return this;
  }
}
customElements.define('page-settings-provider', PageSettingsProvider);

describe('the settings context protocol', () => {
  it("gives <civic-config>'s settings, and each change, to a page's @lit/context consumer", async () => {
    const config = await fixture<CivicConfig>(
      html`<civic-config locale="ms-MY"><page-settings-reader></page-settings-reader></civic-config>`,
    );
    const reader = config.querySelector<PageSettingsReader>('page-settings-reader')!;
    await reader.updateComplete;
    expect(reader.shadowRoot!.textContent).to.equal('ms-MY');
    config.locale = 'ta-SG';
    await config.updateComplete;
    await reader.updateComplete;
    expect(reader.shadowRoot!.textContent).to.equal('ta-SG');
  });

  it("lets the elements take their settings from a page's @lit/context provider", async () => {
    const provider = await fixture<PageSettingsProvider>(
      html`<page-settings-provider><test-list items=${entry}></test-list></page-settings-provider>`,
    );
    const list = provider.querySelector<TestList>('test-list')!;
    await settle(list);
    expect(count(list)).to.equal('20.000,5');
    expect(href(list)).to.equal('https://www.smartnation.gov.sg/about/milestones');
    provider.provider.setValue({ locale: 'en-SG', baseUrl: '', linkTarget: '_self' });
    await settle(list);
    expect(count(list)).to.equal('20,000.5');
  });

  it('stops giving settings to an element that left, and gives them again when it is back', async () => {
    const config = await fixture<CivicConfig>(
      html`<civic-config locale="de-DE"><test-list items=${entry}></test-list></civic-config>`,
    );
    const list = config.querySelector<TestList>('test-list')!;
    await settle(list);
    expect(count(list)).to.equal('20.000,5');
    const elsewhere = document.createElement('div');
    elsewhere.lang = 'en-SG';
    document.body.append(elsewhere);
    elsewhere.append(list);
    config.locale = 'fr-FR';
    await config.updateComplete;
    await settle(list);
    // Away from the config, the list keeps the value it last heard; the config's change does not reach it.
    expect(count(list)).to.equal('20.000,5');
    config.append(list);
    await settle(list);
    expect(count(list)).to.equal(new Intl.NumberFormat('fr-FR').format(20000.5));
    elsewhere.remove();
  });

  it('hands the elements inside a config that upgrades late over from the config around it', async () => {
    // <civic-inner-config> is a CivicConfig defined only once its elements have their settings.
    const root = await fixture(html`<civic-config locale="de-DE">
      <civic-inner-config locale="en-SG"><test-list items=${entry}></test-list></civic-inner-config>
    </civic-config>`);
    const list = root.querySelector<TestList>('test-list')!;
    await settle(list);
    expect(count(list)).to.equal('20.000,5');
    const Config = customElements.get('civic-config') as typeof CivicConfig;
    customElements.define('civic-inner-config', class extends Config {});
    await settle(list);
    expect(count(list)).to.equal('20,000.5');
    const inner = root.querySelector<CivicConfig>('civic-inner-config')!;
    inner.locale = 'de-CH';
    await inner.updateComplete;
    await settle(list);
    expect(count(list)).to.equal(new Intl.NumberFormat('de-CH').format(20000.5));
  });
});
