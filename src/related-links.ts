/** Registers <civic-related-links>. */
import { defineElement } from './core/define.js';
import { CivicRelatedLinks } from './related-links/related-links.js';

defineElement('civic-related-links', CivicRelatedLinks);

declare global {
  interface HTMLElementTagNameMap {
    'civic-related-links': CivicRelatedLinks;
  }
}

export { CivicRelatedLinks };
export type { CopiedAttribute, RelatedLink, RelatedLinkData } from './related-links/types.js';
