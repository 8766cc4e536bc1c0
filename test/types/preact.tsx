// Type tests: Preact JSX for the civic tags (jsxImportSource preact).
import '../../dist/frameworks/preact.js';
import type { EffortCardData } from '../../dist/index.js';

const cards: EffortCardData[] = [{ heading: 'Tech for Public Good' }];

export const tags = (
  <civic-config locale="en-SG">
    <civic-effort-grid
      heading="Efforts"
      columns="3"
      heading-level={3}
      items={cards}
      oncivic-error={(event) => event.detail.message}
      oncivic-link={(event) => event.detail.href}
    />
    {/* @ts-expect-error columns is auto or 1–4 */}
    <civic-effort-grid columns="7" />
    {/* @ts-expect-error no attribute of that name */}
    <civic-kpi-block colums="2" />
    {/* @ts-expect-error direction is up or down */}
    <civic-kpi label="x" value="1" direction="sideways" />
  </civic-config>
);
