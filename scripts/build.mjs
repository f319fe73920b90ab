// `npm run build`: builds dist/chrome and dist/firefox, one after the other.
import { spawnSync } from 'node:child_process';

for (const target of ['chrome', 'firefox']) {
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  });
  if (result.status !== 0) {
    console.error(`build failed for ${target}`);
    process.exit(result.status ?? 1);
  }
  console.log(`built dist/${target} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
