// Server side: after Vue has rendered the page, civic-blocks/ssr renders each civic element's
// content into declarative shadow DOM, so it is in the HTML before any script runs.
import { renderCivicHtml } from 'civic-blocks/ssr';

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', async (html, { event }) => {
    html.body = await Promise.all(
      html.body.map(async (part) => {
        const { html: rendered, problems } = await renderCivicHtml(part);
        for (const problem of problems)
          console.warn(`civic-blocks: ${event.path}: <${problem.element}> #${problem.index + 1}: ${problem.message}`);
        return rendered;
      }),
    );
  });
});
