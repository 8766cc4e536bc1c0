/**
 * A minimal element on the shared core, so the data rules are tested once, apart from any
 * family: each entry is `{ name (required), href, image, count }`, children are `<test-entry>`
 * whose text, when there is any, is the count.
 */
import { html } from 'lit';
import { CivicItemsElement } from '../../src/core/items-element.js';
import { resolveImage, resolveLink } from '../../src/core/links.js';
import { formatNumber } from '../../src/core/format.js';
import type { FieldReader } from '../../src/core/validate.js';

export interface TestEntry {
  name: string;
  href?: string;
  image?: string;
  count?: number;
}

export class TestList extends CivicItemsElement<Partial<TestEntry>, TestEntry> {
  protected static override contentFields = ['count'];

  protected override readItem(field: FieldReader): TestEntry | undefined {
    const name = field.text('name', { required: true });
    const href = field.url('href', 'link');
    const image = field.url('image', 'image');
    const { value: count } = field.number('count', this.settings.locale);
    return name === undefined ? undefined : { name, href, image, count: typeof count === 'number' ? count : undefined };
  }

  protected override readChildren(): unknown[] | undefined {
    const children = Array.from(this.querySelectorAll(':scope > test-entry'));
    if (children.length === 0) return undefined;
    return children.map((child) => ({
      name: child.getAttribute('name') ?? undefined,
      href: child.getAttribute('href') ?? undefined,
      count: child.textContent?.trim() || undefined,
    }));
  }

  override render() {
    const settings = this.settings;
    return html`<ul>
      ${this.data.items.map((item) => {
        const link = resolveLink(item.href, settings);
        const image = resolveImage(item.image, settings);
        return html`<li>
          ${link ? html`<a href=${link.href} target=${link.target ?? '_self'}>${item.name}</a>` : item.name}
          ${image ? html`<img alt="" src=${image} />` : ''}
          ${item.count === undefined ? '' : html`<span class="count">${formatNumber(item.count, settings.locale)}</span>`}
        </li>`;
      })}
    </ul>`;
  }
}

if (!customElements.get('test-list')) customElements.define('test-list', TestList);

declare global {
  interface HTMLElementTagNameMap {
    'test-list': TestList;
  }
}
