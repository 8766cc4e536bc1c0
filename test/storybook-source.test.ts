/**
 * "Show code" in Storybook (.storybook/source.ts): the snippet an agency pastes must be
 * clean HTML, indented by nesting even when the story is built from nested templates.
 */
import { expect } from '@open-wc/testing';
import { pasteableHtml } from '../.storybook/source.js';

describe('Storybook "Show code" snippet', () => {
  it('re-indents the HTML of nested templates by nesting, without lit markers or empty lines', () => {
    // What Storybook serialises from a page story: each template keeps its own indentation.
    const serialised = [
      '<civic-config locale="en-SG"><!--?lit$123$-->',
      '    <article>',
      '      <h1>Digital Government</h1>',
      '      <!--?lit$123$-->',
      '',
      '<section>',
      '            <civic-kpi-block heading="Goals" items="[{&quot;label&quot;:&quot;a&quot;,&quot;value&quot;:1}]">',
      '  </civic-kpi-block>',
      '   <img src="/a.png" alt="">',
      '<p>Text <a href="/x">link</a> more</p>',
      '      </section>',
      '    </article>',
      '  </civic-config>',
    ].join('\n');
    expect(pasteableHtml(serialised)).to.equal(
      [
        '<civic-config locale="en-SG">',
        '  <article>',
        '    <h1>Digital Government</h1>',
        '    <section>',
        `      <civic-kpi-block heading="Goals" items='[{"label":"a","value":1}]'>`,
        '      </civic-kpi-block>',
        '      <img src="/a.png" alt="">',
        '      <p>Text <a href="/x">link</a> more</p>',
        '    </section>',
        '  </article>',
        '</civic-config>',
      ].join('\n'),
    );
  });

  it('indents the attributes of a start tag written over several lines one level deeper', () => {
    const serialised = [
      '<civic-related-links',
      'heading="More"',
      'heading-level="3">',
      '<a href="/x">X</a>',
      '</civic-related-links>',
    ].join('\n');
    expect(pasteableHtml(serialised)).to.equal(
      [
        '<civic-related-links',
        '  heading="More"',
        '  heading-level="3">',
        '  <a href="/x">X</a>',
        '</civic-related-links>',
      ].join('\n'),
    );
  });

  it('keeps an apostrophe in JSON readable and safe inside single quotes', () => {
    expect(
      pasteableHtml('<civic-effort-grid items="[{&quot;heading&quot;:&quot;Singapore\'s&quot;}]"></civic-effort-grid>'),
    ).to.equal(`<civic-effort-grid items='[{"heading":"Singapore&#39;s"}]'></civic-effort-grid>`);
  });
});
