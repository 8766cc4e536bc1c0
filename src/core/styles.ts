import { css } from 'lit';

/**
 * Shared by every family: host display rules, text only screen readers hear, and the theme.
 *
 * The theme is one set of public tokens (`--civic-color-*`, `--civic-font-family`,
 * `--civic-radius`, `--civic-gap`, `--civic-heading-size`; README, "Theming"), read here once
 * into private `--_*` properties with their defaults, so each family's styles say
 * `var(--_link)` and never repeat a default. Colours use light-dark(): they follow the
 * inherited `color-scheme`, so a page that declares `color-scheme: light dark` gets the dark
 * palette when the reader prefers dark, and a light-only page stays light. A family may
 * redefine a private property on its own :host for a different default (the KPI block takes
 * the page's text colour). The focus ring takes the link colour unless told otherwise.
 * `--civic-link-color` and `--civic-focus-color`, the names of 0.1, still work when the new
 * name is not set.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    font-family: var(--civic-font-family, inherit);
    color: inherit;
    --_text: var(--civic-color-text, light-dark(#1b1f24, #e8eaed));
    --_muted: var(--civic-color-muted, light-dark(#4a5461, #c3c8d0));
    --_surface: var(--civic-color-surface, light-dark(#fff, #1d2127));
    --_border: var(--civic-color-border, light-dark(#c9d0d9, #4a5260));
    --_link: var(--civic-color-link, var(--civic-link-color, light-dark(#0b4f9c, #9cc3ff)));
    --_focus: var(--civic-color-focus, var(--civic-focus-color, var(--_link)));
    --_radius: var(--civic-radius, 0.5rem);
    --_gap: var(--civic-gap, 1.5rem);
    --_heading-size: var(--civic-heading-size, 1.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  /* The block heading steps down with its level (heading-level), as a page's headings do. */
  h3 {
    --_heading-size: var(--civic-heading-size, 1.25rem);
  }
  h4,
  h5,
  h6 {
    --_heading-size: var(--civic-heading-size, 1.125rem);
  }
  /* The new-tab icon after a link that opens one (core/links.ts). */
  .icon {
    display: inline-block;
    width: 0.85em;
    height: 0.85em;
    margin-inline-start: 0.25em;
    vertical-align: -0.05em;
  }
  /* On paper: the light palette and black text whatever the reader's scheme, no entry split
     across pages, and the address of a link that leaves the site after its text
     (data-external: core/items-element.ts). */
  @media print {
    :host {
      color-scheme: light;
      color: #000;
    }
    li {
      break-inside: avoid;
    }
    a[data-external]::after {
      content: ' (' attr(href) ')';
      position: static;
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
