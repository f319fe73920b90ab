/**
 * npx tsx bench/profile.ts [seconds-per-page]
 *
 * CPU profile of detection + extraction in Chromium on ../shared/real/pages (unminified bundle of
 * bench/engine-entry.ts, Chrome DevTools Protocol sampling profiler). Prints self and total time per
 * function, summed over the pages. A tool for finding where the time goes, not a measurement.
 */
import { bundle, realPages } from './engine.ts';
import { printProfile, profileOf, withScriptPage } from './cpu-profile.ts';

const seconds = Number(process.argv[2] ?? 2);
const pages = realPages();
if (!pages) {
  console.log('bench/profile: ../shared/real/pages is absent, nothing to profile');
  process.exit(0);
}
await withScriptPage(await bundle(false), async (page) => {
  const { profile, calls } = await profileOf(page, () =>
    page.evaluate(([ps, s]) => window.hprEngine.spin(ps, s * 1000), [pages, seconds] as const),
  );
  console.log(`${calls} page calls (detect+extract over ${pages.length} real pages); ms per page call:`);
  printProfile(profile, calls, 'spin');
});
