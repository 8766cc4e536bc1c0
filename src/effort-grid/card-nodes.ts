import { html, render } from 'lit';
import type { CivicSettings } from '../core/context.js';
import { entryNodes } from '../core/entry-nodes.js';
import { NEW_TAB_ID, newTabIcon, resolveImage, resolveLink } from '../core/links.js';
import type { Words } from '../core/words.js';
import type { EffortCard } from './types.js';

/**
 * The cards of a grid as DOM, for the client (CivicEffortGrid renders them so where it does not
 * hydrate): each card is built from cloned elements and filled with its text and attributes,
 * with none of the part objects and comment nodes a Lit template instance keeps for every
 * binding. A card is built again only when it changed (entryNodes).
 */
export function cardNodes(
  items: readonly EffortCard[],
  level: number,
  eager: number,
  settings: CivicSettings,
  words: Words,
  broken: ReadonlySet<string>,
  onImageError: (event: Event) => void,
): unknown {
  return entryNodes(
    [level, eager, settings, words],
    // A card whose image failed is a new entry. The failed set holds resolved URLs; it is empty on
    // nearly every page, so a URL is resolved again only once an image has failed.
    items.map((item) => (broken.size && broken.has(resolveImage(item.image, settings)!) ? [item] : item)),
    (index) =>
      cardNode(cardView(items[index], settings, words), items[index], index, level, eager, broken, onImageError),
  );
}

/**
 * What a card shows that its item does not say alone: its link and image as the settings resolve
 * them, whether it is a tile, its call to action. CivicEffortGrid's renderCard reads the same four
 * inline (the drop-in bundle, which holds only renderCard, is smaller so).
 */
interface CardView {
  link: ReturnType<typeof resolveLink>;
  image: string | undefined;
  /** A card without description is an image tile with a caption. */
  tile: boolean;
  linkText: string | undefined;
}

function cardView(item: EffortCard, settings: CivicSettings, words: Words): CardView {
  const tile = item.description === undefined;
  return {
    link: resolveLink(item.href, settings),
    image: resolveImage(item.image, settings),
    tile,
    linkText: item.linkText ?? (tile ? undefined : words.more),
  };
}

/** The elements every card is cloned from (cardPiece), once they are made. */
let cardPieces: HTMLCollection | undefined;

/**
 * A copy of one of the elements a card is built from: 0 the item with its card and body, 1 the
 * link, 2 the description, 3 the call to action, 4 the image, 5 the failed-image block, 6 the
 * new-tab icon. They are made once, by Lit (whose Trusted Types policy a strict CSP allows), with
 * none of the attributes a card sets: cardNode adds those after the written ones, in the order
 * renderCard's bindings give them.
 */
function cardPiece(index: number): Element {
  if (!cardPieces) {
    const holder = document.createElement('div');
    render(
      // Pieces, not a page: each link gets its href and name, each image its src and alt (cardNode).
      // eslint-disable-next-line lit-a11y/accessible-name, lit-a11y/anchor-is-valid, lit-a11y/alt-text
      html`<li class="item" part="item"><div part="card"><div class="body"></div></div></li><a class="link" part="link"></a><p class="description" part="description"></p><span class="more" part="link-text" aria-hidden="true"></span><img class="media" part="image" decoding="async" /><div class="media fallback" part="image"></div>${newTabIcon}`,
      holder,
    );
    cardPieces = holder.children;
  }
  return cardPieces[index].cloneNode(true) as Element;
}

/**
 * One card as DOM: the elements, attributes and text of CivicEffortGrid's renderCard, with the white space of
 * its minified form, and no comment nodes: nothing is kept of it but the nodes themselves.
 */
function cardNode(
  { link, image, tile, linkText }: CardView,
  item: EffortCard,
  index: number,
  level: number,
  eager: number,
  broken: ReadonlySet<string>,
  onImageError: (event: Event) => void,
): Element {
  // Attributes are set through their properties, which write the same attribute text (shorter
  // in the drop-in bundle, where every byte counts).
  const entry = cardPiece(0);
  const card = entry.firstChild as HTMLElement;
  const body = card.firstChild as HTMLElement;
  const heading = document.createElement(`h${Math.min(level, 6)}`);
  card.className = `card${tile ? ' tile' : ''}${link ? ' linked' : ''}`;
  heading.className = 'heading';
  heading.setAttribute('part', 'heading');
  let title: Element = heading;
  if (link) {
    const anchor = (title = heading.appendChild(cardPiece(1))) as HTMLAnchorElement;
    anchor.href = link.href;
    if (link.target !== undefined) anchor.target = link.target;
    if (link.rel !== undefined) anchor.rel = link.rel;
    if (link.newTab) anchor.setAttribute('aria-describedby', NEW_TAB_ID);
  }
  title.append(item.heading);
  if (link?.newTab && tile) title.append(cardPiece(6));
  body.append(heading, ' ');
  if (!tile) body.appendChild(cardPiece(2)).append(item.description!);
  body.append(' ');
  if (link && linkText) {
    const more = body.appendChild(cardPiece(3));
    more.append(linkText);
    if (link.newTab) more.append(cardPiece(6));
  }
  if (image !== undefined) {
    if (broken.has(image)) {
      const media = card.appendChild(cardPiece(5));
      if (item.imageAlt) {
        media.role = 'img';
        media.ariaLabel = item.imageAlt;
      }
    } else {
      const media = card.appendChild(cardPiece(4)) as HTMLImageElement;
      media.src = image;
      media.alt = item.imageAlt;
      media.loading = index < eager ? 'eager' : 'lazy';
      if (index === 0 && eager) media.fetchPriority = 'high';
      media.addEventListener('error', onImageError);
    }
  }
  return entry;
}
