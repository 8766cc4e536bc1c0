// Type tests: Solid JSX for the civic tags (jsxImportSource solid-js).
import '../../dist/frameworks/solid.js';
import type { EffortCardData } from '../../dist/index.js';

const cards: EffortCardData[] = [{ heading: 'Tech for Public Good' }];

export const tags = (
  <civic-config locale="en-SG">
    <civic-effort-grid
      heading="Efforts"
      columns="3"
      heading-level={3}
      items={cards}
      on:civic-error={(event) => event.detail.message}
      on:civic-link={(event) => event.detail.href}
    />
    {/* @ts-expect-error columns is auto or 1–4 */}
    <civic-effort-grid columns="7" />
    {/* @ts-expect-error no attribute of that name */}
    <civic-related-links colums="2" />
    {/* @ts-expect-error format is number, percent, compact or currency */}
    <civic-kpi label="x" value="1" format="percentage" />
  </civic-config>
);
