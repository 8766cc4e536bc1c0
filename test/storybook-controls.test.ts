/**
 * Storybook's controls: `heading-level` is a choice of the levels the elements accept (2–6) in
 * every family, not a free number (1, 7 or 2.5 would only be clamped by the element).
 */
import { expect } from '@open-wc/testing';
import effortGrid from '../stories/effort-grid.stories.js';
import kpiBlock from '../stories/kpi-block.stories.js';
import relatedLinks from '../stories/related-links.stories.js';

describe('Storybook controls', () => {
  for (const meta of [effortGrid, kpiBlock, relatedLinks]) {
    it(`${String(meta.component)}: heading-level is a select of 2 to 6`, () => {
      const argType = meta.argTypes?.headingLevel;
      expect(argType?.name).to.equal('heading-level');
      expect(argType?.control).to.deep.equal({ type: 'select' });
      expect(argType?.options).to.deep.equal([2, 3, 4, 5, 6]);
    });
  }
});
