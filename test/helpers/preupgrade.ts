/**
 * Links a family's pre-upgrade stylesheet (src/<family>/<family>.preupgrade.css, the part of
 * dist/civic-blocks.css for that family) into the page for the calling file's tests, loaded
 * before the first test and removed after the last.
 */
export function usePreUpgradeStylesheet(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  before(async () => {
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded;
  });
  after(() => link.remove());
}
