// The site as Eleventy builds it, with the civic-blocks drop-in bundle copied next to it.
// `npm run build` then prerenders the pages (civic-blocks prerender) into dist/.
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'node_modules/civic-blocks/dist/civic-blocks.min.js': 'civic-blocks.min.js' });
  eleventyConfig.addPassthroughCopy({ 'node_modules/civic-blocks/dist/civic-blocks.css': 'civic-blocks.css' });
  eleventyConfig.addPassthroughCopy({ '../data/efforts.json': 'data/efforts.json' });
  eleventyConfig.addPassthroughCopy({ '../../demo/images': 'images' });
  return { dir: { input: 'src', output: '_site' } };
}
