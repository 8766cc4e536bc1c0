import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { CopiedAttribute } from './types.js';

/**
 * Attributes the template sets itself (merging the author's value in), and event-handler
 * attributes, which Trusted Types only accepts as TrustedScript and which would run the
 * page's inline script a second time.
 */
export function isManagedAttribute(name: string): boolean {
  return MANAGED.has(name) || name.startsWith('on');
}

const MANAGED = new Set(['href', 'target', 'rel', 'class', 'part', 'aria-describedby']);

/**
 * Puts the attributes of an `<a>` child on the link the element renders, exactly as the
 * author wrote them (`hreflang`, `download`, `lang`, `title`, `data-*`, `aria-*`, `id`…),
 * and removes the ones a later render no longer has.
 */
class CopyAttributes extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('copyAttributes() belongs on an element');
  }

  render(_attributes: readonly CopiedAttribute[] | undefined): unknown {
    return nothing;
  }

  override update(part: ElementPart, [attributes]: [readonly CopiedAttribute[] | undefined]): unknown {
    const element = part.element;
    const names = new Set<string>();
    for (const { name, value } of attributes ?? []) {
      if (isManagedAttribute(name)) continue;
      try {
        element.setAttribute(name, value);
        names.add(name);
      } catch {
        // A name the DOM refuses cannot have been on the anchor either; nothing to keep.
      }
    }
    for (const name of this.names) if (!names.has(name)) element.removeAttribute(name);
    this.names = names;
    return noChange;
  }
}

export const copyAttributes = directive(CopyAttributes);
