/**
 * civic-blocks/react: React components for every civic element, made with `@lit/react`.
 * Every property is a prop with its type (`items` an array or a JSON string, `headingLevel`,
 * `columns`…), and the events are `onCivicError` / `onCivicLoad` / `onCivicLink` with a typed `detail`.
 *
 * ```tsx
 * import { CivicEffortGrid } from 'civic-blocks/react';
 * <CivicEffortGrid heading="Our efforts" columns="3" items={cards} onCivicError={(e) => console.warn(e.detail.message)} />
 * ```
 *
 * Importing it registers the elements. It is safe to import on a server (a Next.js or
 * Remix prerender): the elements then render their tag, and their content once in the browser.
 * `react` is an optional peer dependency: only this entry needs it.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CivicConfig as CivicConfigElement } from '../config.js';
import type { CivicErrorDetail, CivicLinkDetail, CivicLoadDetail } from '../core/events.js';
import {
  CivicEffortCard as CivicEffortCardElement,
  CivicEffortGrid as CivicEffortGridElement,
} from '../effort-grid.js';
import { CivicKpi as CivicKpiElement, CivicKpiBlock as CivicKpiBlockElement } from '../kpi-block.js';
import { CivicRelatedLinks as CivicRelatedLinksElement } from '../related-links.js';

/** The events of every element that takes a list, as React props. */
const listEvents = {
  /** A source or an entry could not be used: `event.detail` says what and where. */
  onCivicError: 'civic-error' as EventName<CustomEvent<CivicErrorDetail>>,
  /** `src` answered and was read. */
  onCivicLoad: 'civic-load' as EventName<CustomEvent<CivicLoadDetail>>,
  /** A link was followed (click, Enter, middle or Ctrl/Cmd click): where it goes, for analytics. */
  onCivicLink: 'civic-link' as EventName<CustomEvent<CivicLinkDetail>>,
};

/** `<civic-effort-grid>`: a grid of linked effort cards. */
export const CivicEffortGrid = createComponent({
  tagName: 'civic-effort-grid',
  elementClass: CivicEffortGridElement,
  react: React,
  events: listEvents,
  displayName: 'CivicEffortGrid',
});

/** `<civic-effort-card>`: one card's data, as a child of `CivicEffortGrid`. */
export const CivicEffortCard = createComponent({
  tagName: 'civic-effort-card',
  elementClass: CivicEffortCardElement,
  react: React,
  displayName: 'CivicEffortCard',
});

/** `<civic-kpi-block>`: figures with targets and trends. */
export const CivicKpiBlock = createComponent({
  tagName: 'civic-kpi-block',
  elementClass: CivicKpiBlockElement,
  react: React,
  events: listEvents,
  displayName: 'CivicKpiBlock',
});

/** `<civic-kpi>`: one KPI's data, as a child of `CivicKpiBlock` (`valuePrefix`/`valueSuffix` for prefix/suffix). */
export const CivicKpi = createComponent({
  tagName: 'civic-kpi',
  elementClass: CivicKpiElement,
  react: React,
  displayName: 'CivicKpi',
});

/** `<civic-related-links>`: a titled list of related links. */
export const CivicRelatedLinks = createComponent({
  tagName: 'civic-related-links',
  elementClass: CivicRelatedLinksElement,
  react: React,
  events: listEvents,
  displayName: 'CivicRelatedLinks',
});

/** `<civic-config>`: locale, base URL and link target for the elements inside. */
export const CivicConfig = createComponent({
  tagName: 'civic-config',
  elementClass: CivicConfigElement,
  react: React,
  events: { onCivicError: listEvents.onCivicError },
  displayName: 'CivicConfig',
});

export type { CivicErrorDetail, CivicLinkDetail, CivicLoadDetail } from '../core/events.js';
export type { EffortCardData, KpiData, RelatedLinkData } from '../index.js';
