import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { DEFAULT_LOCALE, defaultSettings, nearestLang, type CivicSettings, type LinkTarget } from '../core/context.js';
import { isValidLocale } from '../core/format.js';
import { reportProblems } from '../core/events.js';
import { SettingsConsumer, SettingsProvider } from '../core/settings-context.js';
import { checkUrl, documentBase } from '../core/url.js';
import { describeValue } from '../core/validate.js';

/**
 * Settings for every civic element inside it: locale, base URL and link target. Configs
 * can nest; the nearest wins, and what it leaves unset comes from the one around it.
 *
 * @tagname civic-config
 * @summary Locale, base URL and link target for the civic elements inside.
 * @slot - Any content, including civic elements.
 * @fires civic-error - An attribute has a value that cannot be used (`source: "attribute"`).
 */
export class CivicConfig extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    baseUrl: { attribute: 'base-url', reflect: true },
    linkTarget: { attribute: 'link-target', reflect: true },
  };

  /** BCP 47 locale for numbers and words. Default: the nearest `lang`, else `en`. */
  declare locale?: string;

  /** Base that relative `href` and `image` values resolve against. */
  declare baseUrl?: string;

  /** `_self` (default) or `_blank`: where links inside open. */
  declare linkTarget?: LinkTarget;

  private readonly provider = new SettingsProvider(this, defaultSettings());

  /** The config around this one, if any: what this one leaves unset comes from it. */
  private readonly outer = new SettingsConsumer(this);

  override willUpdate(): void {
    const outer = this.outer.value;
    const problems: string[] = [];

    let locale = this.locale?.trim() || outer?.locale || nearestLang(this) || DEFAULT_LOCALE;
    if (this.locale && !isValidLocale(this.locale.trim())) {
      problems.push(`locale "${this.locale}" is not a BCP 47 language tag`);
      locale = outer?.locale ?? DEFAULT_LOCALE;
    }

    let baseUrl = outer?.baseUrl ?? '';
    if (this.baseUrl) {
      const check = checkUrl(this.baseUrl, 'image'); // a base must be http(s) or relative
      if (check.problem) problems.push(`base-url ${check.problem}`);
      else if (check.url)
        baseUrl = outer?.baseUrl ? new URL(check.url, new URL(outer.baseUrl, documentBase())).href : check.url;
    }

    let linkTarget: LinkTarget = outer?.linkTarget ?? '_self';
    // An attribute can hold any text, whatever the property's type says.
    const asked: string | undefined = this.linkTarget;
    if (asked === '_self' || asked === '_blank') linkTarget = asked;
    else if (asked) problems.push(`link-target must be _self or _blank (got ${describeValue(asked)})`);

    const next: CivicSettings = { locale, baseUrl, linkTarget };
    const current = this.provider.value;
    if (next.locale !== current.locale || next.baseUrl !== current.baseUrl || next.linkTarget !== current.linkTarget) {
      this.provider.setValue(next);
    }
    if (problems.length) reportProblems(this, problems, 'attribute');
  }

  override render() {
    return html`<slot></slot>`;
  }
}
