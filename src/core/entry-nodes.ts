import { noChange, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Whether an entry (or a list's context) is the same as in the last render: the same object, or
 * one that says the same (the entries read again from children that changed elsewhere).
 */
const same = (shown: unknown, next: unknown): boolean =>
  shown === next || JSON.stringify(shown) === JSON.stringify(next);

/**
 * A list's entries as plain DOM, built by the family (`build`) from cloned prepared nodes, rather
 * than one Lit template instance each. A template instance keeps a part object for every binding
 * and a comment node for every child binding, in every entry, for as long as the list is shown:
 * for a long list those are most of the memory and the nodes a block costs over static HTML. Here
 * the list keeps each entry's node and the entry it was built from, nothing else.
 *
 * An entry the same as in the last render (`same`) keeps its node, untouched (focus, a loaded
 * image, a selection): only the entries that changed are built again, in place. `context` is
 * what every entry's nodes depend on (the heading level, the settings…): when it changes, every
 * entry is built again.
 *
 * Client only: a server renders the family's Lit templates, which hydration matches part by part.
 */
class EntryNodes extends Directive {
  private shownContext?: unknown;
  private shownEntries: readonly unknown[] = [];
  private shownNodes: ChildNode[] = [];

  render(_context: unknown, _entries: readonly unknown[], _build: (index: number) => ChildNode): unknown {
    return noChange;
  }

  override update(part: ChildPart, [context, entries, build]: Parameters<this['render']>): unknown {
    const fresh = !same(this.shownContext, context);
    const nodes = this.shownNodes;
    entries.forEach((entry, index) => {
      if (fresh || !same(this.shownEntries[index], entry)) {
        const node = build(index);
        if (nodes[index]) nodes[index].replaceWith(node);
        else part.parentNode.insertBefore(node, part.endNode);
        nodes[index] = node;
      }
    });
    for (const node of nodes.splice(entries.length)) node.remove();
    this.shownContext = context;
    this.shownEntries = entries;
    return noChange;
  }
}

/** Renders a list's entries as DOM built by `build(index)`, one per entry ({@link EntryNodes}). */
export const entryNodes = /* @__PURE__ */ directive(EntryNodes);
