// `npm run package`: builds, then zips each unpacked extension for store upload:
//   dist/haiphong-reader-chrome-<version>.zip, dist/haiphong-reader-firefox-<version>.zip,
//   dist/haiphong-reader-source-<version>.zip (the sources AMO asks for with bundled code).
// Zips are reproducible: sorted entries and a fixed timestamp, so the same tree gives the same bytes
// (npm test packs twice and compares). `--no-build` zips the current dist/; `--out DIR` writes the
// zips to DIR instead of dist/.
// fflate is used for the zip format (small, maintained, no native parts) instead of our own writer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Zip (DOS) times are local times: a local-time date gives the same bytes in every time zone.
const FIXED_TIME = new Date(2020, 0, 1, 0, 0, 0);
const outIndex = process.argv.indexOf('--out');
const OUT = (outIndex > 0 && process.argv[outIndex + 1]) || 'dist';
mkdirSync(OUT, { recursive: true });

/**
 * Every file under dir, relative to base, in a stable order.
 * @param {string} dir
 * @param {string} [base]
 * @returns {string[]}
 */
function listFiles(dir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    });
}

/**
 * @param {string} root
 * @param {string[]} files paths relative to root
 * @param {string} out the zip to write
 */
function zipFiles(root, files, out) {
  /** @type {import('fflate').Zippable} */
  const entries = {};
  for (const file of files)
    entries[file.split(path.sep).join('/')] = [readFileSync(path.join(root, file)), { mtime: FIXED_TIME }];
  writeFileSync(out, zipSync(entries, { level: 9 }));
  console.log(`${out}  ${(statSync(out).size / 1024).toFixed(1)} KiB, ${files.length} files`);
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

for (const target of ['chrome', 'firefox']) {
  const root = path.join('dist', target);
  zipFiles(root, listFiles(root), path.join(OUT, `haiphong-reader-${target}-${pkg.version}.zip`));
}

// Source package: what git tracks (no node_modules, no dist), so a reviewer can rebuild.
const tracked = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' });
if (tracked.status === 0) {
  const files = tracked.stdout
    .split('\0')
    .filter((f) => f && existsSync(f))
    .sort();
  zipFiles('.', files, path.join(OUT, `haiphong-reader-source-${pkg.version}.zip`));
} else {
  console.log('not a git checkout: source zip skipped');
}
