/**
 * The composer page for everyone: no axe violation (WCAG 2.2 AA, target size included) empty,
 * full, with problems and in every language; a keyboard-only walk from empty to a copied
 * snippet; reflow at 320 px with nothing but the preview's own scroll box wider than the
 * screen; forced colours keep borders and focus rings; its own words in the five languages.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { COMPOSER_LANGUAGES } from '../../src/composer/words.js';
import { checkTargetSize } from '../helpers/axe.js';
import {
  button,
  captureClipboard,
  click,
  entries,
  field,
  fill,
  fixtureText,
  get,
  mountComposer,
  previewBlock,
  previewReady,
  squash,
  tabTo,
  unmountAll,
} from './helpers.js';

checkTargetSize();
afterEach(async () => {
  unmountAll();
  await setViewport({ width: 800, height: 600 });
});

const isChromium = navigator.userAgent.includes('Chrome');

describe('composer: accessibility', () => {
  it('no axe violation: empty, then with nine cards, problems and advice', async function () {
    this.timeout(60000);
    const composer = await mountComposer();
    await expect(composer).to.be.accessible();
    await fill(composer, field(composer, 'Base URL'), `${location.origin}/demo/`);
    get<HTMLTextAreaElement>(composer, '#paste-rows').value = await fixtureText('composer/seed-001-cards.tsv');
    await click(composer, button(composer, 'Read the rows'));
    await expect(composer).to.be.accessible();
    await click(composer, button(composer, 'Add them to the entries'));
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer).at(-1)!, 'Link'), 'javascript:alert(1)');
    await fill(composer, field(entries(composer)[0], 'Image alt text'), 'image');
    expect(composer.querySelectorAll('.messages li.problem').length).to.be.greaterThan(0);
    expect(composer.querySelectorAll('.messages li.advice').length).to.be.greaterThan(0);
    await expect(composer).to.be.accessible();
  });

  it('no axe violation in each of the five languages, the page’s lang set to it', async function () {
    this.timeout(60000);
    const composer = await mountComposer();
    for (const language of Object.keys(COMPOSER_LANGUAGES)) {
      await fill(composer, get<HTMLSelectElement>(composer, '#composer-language'), language);
      expect(document.documentElement.lang).to.equal(language);
      expect(squash(get(composer, 'h1').textContent)).to.equal(COMPOSER_LANGUAGES[language as 'en'].title);
      await expect(composer).to.be.accessible();
    }
    await fill(composer, get<HTMLSelectElement>(composer, '#composer-language'), 'en');
  });

  it('a keyboard-only walk from empty to a copied snippet', async function () {
    this.timeout(60000);
    const composer = await mountComposer();
    const clipboard = captureClipboard();
    try {
      (document.activeElement as HTMLElement | null)?.blur();
      // The block: KPI, chosen with the arrow keys in the radio group.
      await tabTo((element) => element.matches('input[name="block"]'));
      await sendKeys({ press: 'ArrowDown' });
      await previewReady(composer);
      expect(get<HTMLInputElement>(composer, 'input[name="block"][value="kpi-block"]').checked).to.equal(true);
      await tabTo((element) => element.id === 'add-entry');
      await sendKeys({ press: 'Enter' });
      await previewReady(composer);
      const figure = entries(composer)[0];
      expect(document.activeElement).to.equal(field(figure, 'Label'));
      await sendKeys({ type: 'ministries have submitted plans to use artificial intelligence' });
      await tabTo((element) => element === field(figure, 'Value'));
      await sendKeys({ type: '20' });
      await tabTo((element) => element === field(figure, 'Prefix'));
      await sendKeys({ type: 'All' });
      await previewReady(composer);
      await tabTo((element) => element.matches('[data-copy="children"]'));
      await sendKeys({ press: 'Enter' });
      await previewReady(composer);
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      clipboard.restore();
    }
    expect(clipboard.written).to.have.length(1);
    expect(clipboard.written[0]).to.contain(
      '<civic-kpi label="ministries have submitted plans to use artificial intelligence" value="20" prefix="All"></civic-kpi>',
    );
    expect(
      squash(previewBlock(composer, 'civic-kpi-block').shadowRoot!.querySelector('[part="value"]')!.textContent),
    ).to.equal('All 20');
    expect(squash(get(composer, '.status').textContent)).to.equal('Copied: Markup with child elements.');
  });

  it('reflows at 320 px: the page is no wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const composer = await mountComposer();
    await fill(composer, field(composer, 'Base URL'), `${location.origin}/demo/`);
    get<HTMLTextAreaElement>(composer, '#paste-rows').value = await fixtureText('composer/seed-001-cards.tsv');
    await click(composer, button(composer, 'Read the rows'));
    await click(composer, button(composer, 'Add them to the entries'));
    await chooseKpi(composer);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // Every control fits; only the preview's own region (its chosen width) scrolls sideways.
    for (const control of Array.from(
      composer.querySelectorAll<HTMLElement>('input, select, textarea, button, h1, h2, p'),
    )) {
      if (control.closest('.viewport')) continue;
      expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 80)).to.be.at.most(320.5);
    }
  });

  it('forced colours: focus rings and the borders of controls stay', async () => {
    const composer = await mountComposer();
    await click(composer, button(composer, 'Add a card'));
    await fill(composer, field(entries(composer)[0], 'Link'), 'javascript:x');
    // Outside forced colours too, the field with a problem has the thicker border.
    expect(parseFloat(getComputedStyle(field(entries(composer)[0], 'Link')).borderTopWidth)).to.equal(2);
    if (isChromium) {
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const add = button(composer, 'Add a card');
        add.focus();
        await sendKeys({ press: 'Shift' });
        const style = getComputedStyle(add);
        expect(style.borderTopStyle).to.equal('solid');
        const ring = getComputedStyle(document.activeElement!);
        expect(ring.outlineStyle).to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        const invalid = field(entries(composer)[0], 'Link');
        expect(parseFloat(getComputedStyle(invalid).borderTopWidth)).to.equal(3);
        await expect(composer).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    } else {
      // Firefox cannot emulate forced colours here: the stylesheet's own rules are read instead.
      const css = await (await fetch('/src/composer/composer.css')).text();
      expect(css).to.match(
        /@media \(forced-colors: active\) \{[^]*\[aria-invalid='true'\] \{\s*border: 3px solid Mark;/,
      );
      expect(css).to.match(/@media \(forced-colors: active\) \{[^]*:focus-visible \{\s*outline-color: Highlight;/);
    }
  });
});

async function chooseKpi(composer: Parameters<typeof previewReady>[0]): Promise<void> {
  get<HTMLInputElement>(composer, 'input[name="block"][value="kpi-block"]').click();
  await previewReady(composer);
}

describe('composer: its own words in five languages', () => {
  it('every language has every word, with the same {names} to fill in', () => {
    const english = COMPOSER_LANGUAGES.en;
    for (const [language, words] of Object.entries(COMPOSER_LANGUAGES)) {
      for (const [key, text] of Object.entries(english)) {
        const translated = (words as Record<string, string>)[key];
        expect(translated, `${language} ${key}`).to.be.a('string').and.not.equal('');
        const names = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort();
        expect(names(translated), `${language} ${key}`).to.deep.equal(names(text));
      }
    }
  });
});
