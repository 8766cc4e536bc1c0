import { css } from 'lit';

/**
 * Colours, font and heading size come from the shared theme (`--_*`, src/core/styles.ts).
 * The block has no background of its own, like the KPI block: it sits in the page's text
 * column, and a surface without side padding would put the text on its edge.
 */
export const relatedLinksStyles = css`
  :host {
    --_space: var(--civic-space, 1rem);
    line-height: 1.5;
  }
  .nav {
    color: var(--_text);
    border-top: 1px solid var(--_border);
    padding-block: var(--_space);
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: var(--civic-heading-font-size, var(--_heading-size));
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    margin: 0;
    padding-block: calc(var(--_space) * 0.5);
  }
  .item + .item {
    border-top: 1px solid var(--_border);
  }
  .link {
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
    border-radius: 2px;
  }
  .link:visited {
    color: var(--civic-color-link-visited, light-dark(#5a3d8a, #d5b8ff));
  }
  .link:hover {
    color: var(--civic-color-link-hover, light-dark(#06325f, #cfe3ff));
    text-decoration-thickness: 2px;
  }
  .link:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .link img {
    max-width: 100%;
    height: auto;
    vertical-align: middle;
  }
  .status {
    margin: 0;
    padding-block: calc(var(--_space) * 0.5);
    color: var(--_muted);
  }
  .description {
    margin: 0.25em 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .nav,
    .item + .item {
      border-color: CanvasText;
    }
    .link,
    .link:visited,
    .link:hover {
      color: LinkText;
    }
    .link:focus-visible {
      outline-color: Highlight;
    }
    .description {
      color: CanvasText;
    }
  }
`;
