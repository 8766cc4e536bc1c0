import { css } from 'lit';

/**
 * Private defaults (`--_*`) switch with the colour scheme; every one can be overridden by
 * the public `--civic-*` property of the same role.
 */
export const relatedLinksStyles = css`
  :host {
    --_text: #1b1b1b;
    --_surface: transparent;
    --_link: #0b4f9c;
    --_link-hover: #06325f;
    --_link-visited: #5a3d8a;
    --_muted: #4a4f55;
    --_border: #c9ced6;
    --_focus: #c2410c;
    --_space: var(--civic-space, 1rem);
    font-family: var(--civic-font-family, inherit);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: #f0f0f0;
      --_surface: #16191d;
      --_link: #9cc7ff;
      --_link-hover: #cfe3ff;
      --_link-visited: #d5b8ff;
      --_muted: #c4c9cf;
      --_border: #3b4148;
      --_focus: #ffb454;
    }
  }
  .nav {
    color: var(--civic-color-text, var(--_text));
    background: var(--civic-color-surface, var(--_surface));
    border-top: 1px solid var(--civic-color-border, var(--_border));
    padding-block: var(--_space);
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: var(--civic-heading-font-size, 1.5rem);
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
    border-top: 1px solid var(--civic-color-border, var(--_border));
  }
  .link {
    color: var(--civic-color-link, var(--civic-link-color, var(--_link)));
    font-weight: 600;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
    border-radius: 2px;
  }
  .link:visited {
    color: var(--civic-color-link-visited, var(--_link-visited));
  }
  .link:hover {
    color: var(--civic-color-link-hover, var(--_link-hover));
    text-decoration-thickness: 2px;
  }
  .link:focus-visible {
    outline: 3px solid var(--civic-color-focus, var(--civic-focus-color, var(--_focus)));
    outline-offset: 2px;
  }
  .link img {
    max-width: 100%;
    height: auto;
    vertical-align: middle;
  }
  .icon {
    display: inline-block;
    width: 0.85em;
    height: 0.85em;
    margin-inline-start: 0.25em;
    vertical-align: -0.05em;
  }
  .status {
    margin: 0;
    padding-block: calc(var(--_space) * 0.5);
    color: var(--civic-color-muted, var(--_muted));
  }
  .description {
    margin: 0.25em 0 0;
    color: var(--civic-color-muted, var(--_muted));
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
