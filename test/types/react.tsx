// Type tests (npm run test:types): React 19 JSX for the civic tags, and the civic-blocks/react
// wrappers. Every @ts-expect-error line must be an error, or tsc fails.
import '../../dist/frameworks/react.js';
import { CivicEffortGrid, CivicKpiBlock, CivicRelatedLinks } from '../../dist/react/index.js';
import type { EffortCardData, KpiData } from '../../dist/index.js';

const cards: EffortCardData[] = [{ heading: 'Tech for Public Good', href: 'https://www.tech.gov.sg/' }];
const kpis: KpiData[] = [{ label: 'officers trained in data analytics and data science', value: 20000 }];

export const tags = (
  <>
    <civic-config locale="en-SG" link-target="_blank" base-url="/">
      <civic-effort-grid
        heading="Efforts"
        columns="3"
        heading-level={3}
        items={cards}
        oncivic-error={(event) => event.detail.message}
        oncivic-link={(event) => event.detail.href.length + event.detail.index}
      />
      <civic-kpi-block items={JSON.stringify(kpis)} columns="auto" timeout="5000" />
      <civic-kpi-block>
        <civic-kpi label="officers trained" value="20,000" format="number" direction="up" />
      </civic-kpi-block>
      <civic-related-links heading="Related Links" src="/links.json" />
    </civic-config>
    {/* @ts-expect-error columns is auto or 1–4 */}
    <civic-effort-grid columns="7" />
    {/* @ts-expect-error no attribute of that name */}
    <civic-effort-grid colums="3" />
    {/* @ts-expect-error heading-level is 2–6 */}
    <civic-related-links heading-level={7} />
    {/* @ts-expect-error format is number, percent, compact or currency */}
    <civic-kpi label="x" value="1" format="percentage" />
    {/* @ts-expect-error link-target is _self or _blank */}
    <civic-config link-target="_top" />
    {/* @ts-expect-error items are cards */}
    <civic-effort-grid items={kpis} />
  </>
);

export const wrappers = (
  <>
    <CivicEffortGrid
      heading="Efforts"
      columns="3"
      headingLevel={3}
      items={cards}
      onCivicError={(event) => console.warn(event.detail.source, event.detail.problems)}
    />
    <CivicKpiBlock items={JSON.stringify(kpis)} onCivicLoad={(event) => console.log(event.detail.count)} />
    <CivicRelatedLinks
      heading="Related Links"
      src="/links.json"
      onCivicLink={(event) => (event.detail.external ? event.detail.href : event.detail.text)}
    />
    {/* @ts-expect-error the link detail has no such field */}
    <CivicRelatedLinks onCivicLink={(event) => event.detail.url} />
    {/* @ts-expect-error columns is auto or 1–4 */}
    <CivicEffortGrid columns="7" />
    {/* @ts-expect-error no prop of that name */}
    <CivicRelatedLinks colums="3" />
    {/* @ts-expect-error the detail has no such field */}
    <CivicEffortGrid onCivicError={(event) => event.detail.nope} />
  </>
);
