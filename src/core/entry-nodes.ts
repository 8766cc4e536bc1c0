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
 * the list keeps the entries it was built from, nothing else.
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

  render(_context: unknown, _entries: readonly unknown[], _build: (index: number) => ChildNode): unknown {
    return noChange;
  }

  override update(part: ChildPart, [context, entries, build]: Parameters<this['render']>): unknown {
    const fresh = !same(this.shownContext, context);
    // The entries' nodes are read from the page, not kept: a reference held to every entry's node
    // would keep a JavaScript object alive for each, which the browser otherwise lets go.
    // Between the part's markers there is nothing but the nodes this directive put there.
    let node = part.startNode!.nextSibling;
    const next = () => {
      const current = node === part.endNode ? null : node;
      if (current) node = current.nextSibling;
      return current;
    };
    entries.forEach((entry, index) => {
      const shown = next();
      if (shown && !fresh && same(this.shownEntries[index], entry)) return;
      const built = build(index);
      if (shown) shown.replaceWith(built);
      else part.parentNode.insertBefore(built, part.endNode);
    });
    for (let extra = next(); extra; extra = next()) extra.remove();
    this.shownContext = context;
    this.shownEntries = entries;
    return noChange;
  }
}

/** Renders a list's entries as DOM built by `build(index)`, one per entry ({@link EntryNodes}). */
export const entryNodes = /* @__PURE__ */ directive(EntryNodes);
