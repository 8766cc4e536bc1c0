/**
 * State from outside (src/composer/persist.ts, model.ts): a shared link's fragment and local
 * storage are read as untrusted input. A round trip keeps everything; a crafted or broken
 * fragment gives a well-formed state or nothing, never an exception.
 */
import { expect } from '@open-wc/testing';
import { emptyEntry, emptyState, normaliseState, portableState } from '../../src/composer/model.js';
import { loadStored, serialiseState, stateFragment, stateFromFragment, store } from '../../src/composer/persist.js';

/** A fragment holding any JSON value, written as a link would carry it (base64url). */
function encode(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `#state=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

describe('composer state from a link or from storage', () => {
  it('a round trip through a fragment and through storage keeps every value, in every language’s letters', () => {
    const state = emptyState();
    state.block = 'kpi-block';
    state.config.locale = 'ta-SG';
    const entry = emptyEntry({ label: 'அதிகாரிகள் பயிற்சி', value: '20000', caption: '数据 & "quotes" <b>' });
    entry.rows.trend = [{ id: 'r1', values: { period: '2019', value: '12000' } }];
    state.blocks['kpi-block'].items.push(entry);
    const back = stateFromFragment(stateFragment(state))!;
    expect(portableState(back)).to.deep.equal(portableState(state));
    expect(store('civic-blocks-composer-test', state)).to.equal(true);
    expect(serialiseState(loadStored('civic-blocks-composer-test')!)).to.equal(serialiseState(state));
    store('civic-blocks-composer-test', undefined);
  });

  it('a crafted fragment: unknown keys, wrong types and prototype keys are dropped', () => {
    const state = stateFromFragment(
      encode({
        block: 'script',
        blocks: {
          'effort-grid': {
            heading: { toString: 'x' },
            headingLevel: '9',
            columns: '<b>',
            items: [
              { values: { heading: 'Kept', __proto__: { polluted: 1 }, 'bad key': 'x', image: 5 } },
              'junk',
              null,
            ],
          },
        },
        config: { locale: 42, linkTarget: 'javascript:', baseUrl: ['x'] },
        pageHeadingLevel: '0',
      }),
    )!;
    expect(state.block).to.equal('effort-grid');
    const grid = state.blocks['effort-grid'];
    expect(grid.heading).to.equal('');
    expect(grid.headingLevel).to.equal('');
    expect(grid.columns).to.equal('');
    expect(grid.items).to.have.length(3);
    expect(grid.items[0].values).to.deep.equal({ heading: 'Kept', image: '5' });
    expect(grid.items[1].values).to.deep.equal({});
    expect(state.config).to.deep.equal({ locale: '42', baseUrl: '', linkTarget: '' });
    expect(state.pageHeadingLevel).to.equal('1');
    expect(({} as { polluted?: number }).polluted).to.equal(undefined);
  });

  it('a broken fragment, or none, gives nothing; a huge one is cut to the limits', () => {
    expect(stateFromFragment('')).to.equal(undefined);
    expect(stateFromFragment('#state=%%%not-base64')).to.equal(undefined);
    expect(stateFromFragment(encode('just text'))).to.deep.equal(normaliseState(undefined));
    const many = stateFromFragment(
      encode({
        blocks: { 'related-links': { items: Array.from({ length: 600 }, () => ({ values: { label: 'x' } })) } },
      }),
    )!;
    expect(many.blocks['related-links'].items).to.have.length(500);
    const long = stateFromFragment(
      encode({ blocks: { 'related-links': { items: [{ values: { label: 'x'.repeat(30000) } }] } } }),
    )!;
    expect(long.blocks['related-links'].items[0].values.label).to.have.length(20000);
  });
});
