import { css } from 'lit';

/**
 * Colours, radius, gap and heading size come from the shared theme (`--_*`, src/core/styles.ts);
 * each `--civic-card-*` / `--civic-grid-*` property overrides its shared token for this family.
 * Column breakpoints are where n cards of 16rem and their 1.5rem gaps fit: the numbers of
 * layout.ts (CARD_MIN_WIDTH, columnsFrom), written out here so the minified bundle keeps them
 * as plain CSS; test/effort-grid/layout.test.ts fails when the two disagree.
 */
export const effortGridStyles = css`
  .wrap {
    container-type: inline-size;
  }
  .title {
    margin: 0 0 1rem;
    font-size: var(--civic-grid-heading-size, var(--_heading-size));
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .status {
    margin: 0;
    color: var(--civic-card-muted-color, var(--_muted));
  }
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--civic-grid-gap, var(--_gap));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cols-auto {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  @container (min-width: 33.5rem) {
    .cols-2,
    .cols-3,
    .cols-4 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 51rem) {
    .cols-3,
    .cols-4 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 68.5rem) {
    .cols-4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .item {
    display: flex;
    min-width: 0;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1;
    min-width: 0;
    box-sizing: border-box;
    overflow-wrap: anywhere;
    color: var(--civic-card-color, var(--_text));
    background: var(--civic-card-background, var(--_surface));
    border: var(--civic-card-border, 1px solid var(--_border));
    border-radius: var(--civic-card-radius, var(--_radius));
  }
  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--civic-card-padding, 1.25rem);
  }
  .heading {
    margin: 0;
    font-size: var(--civic-card-heading-size, 1.125rem);
    line-height: 1.3;
  }
  .description {
    margin: 0;
    color: var(--civic-card-muted-color, var(--_muted));
  }
  .more {
    margin-top: auto;
    padding-top: 0.25rem;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_link);
  }
  .media {
    order: -1;
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: var(--civic-card-image-ratio, 16 / 9);
    object-fit: cover;
    background: var(--civic-image-placeholder, light-dark(#e6eaef, #2b313a));
    border-radius: calc(var(--civic-card-radius, var(--_radius)) - 1px) calc(var(--civic-card-radius, var(--_radius)) - 1px) 0 0;
  }
  .link {
    color: inherit;
    text-decoration: none;
    outline: none;
  }
  /* The one link covers the whole card, so the card is one click target. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: var(--civic-card-radius, var(--_radius));
  }
  .link:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .linked:hover,
  .linked:focus-within {
    box-shadow: var(--civic-card-shadow-hover, 0 0.25rem 0.75rem rgb(0 0 0 / 0.18));
  }
  .linked:hover .link,
  .link:focus-visible {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .tile {
    color: inherit;
    background: none;
    border: 0;
  }
  .tile .body {
    padding: 0.75rem 0 0;
  }
  .tile .heading {
    font-weight: 700;
  }
  .tile .media {
    border-radius: var(--civic-card-radius, var(--_radius));
  }
  .tile.linked:hover,
  .tile.linked:focus-within {
    box-shadow: none;
  }
  .tile.linked:hover .media {
    filter: brightness(0.92);
  }
  @media (prefers-reduced-motion: no-preference) {
    .linked {
      transition:
        box-shadow 0.2s ease,
        transform 0.2s ease;
    }
    .linked:hover {
      transform: translateY(-2px);
    }
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .tile {
      border: 0;
    }
    .more {
      color: LinkText;
    }
    .fallback {
      border: 1px dashed CanvasText;
    }
    .link:focus-visible::after {
      outline-color: Highlight;
    }
    .linked:hover .link {
      color: LinkText;
    }
  }
`;
