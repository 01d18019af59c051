// Builds the site with the fork fixture before the fork tests run, and records how long it took.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultBuildDir, forkBuildDir, forkConfigPath, root } from './paths';

export default function buildFork(): void {
  if (!existsSync(join(defaultBuildDir, 'index.html'))) {
    throw new Error(
      'The fork tests compare against the default build, and build/ is missing. Run `npm run build` first.',
    );
  }
  const started = performance.now();
  const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', forkBuildDir], {
    cwd: root,
    env: { ...process.env, SITE_CONFIG: forkConfigPath },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`The fork build failed:\n${result.stdout}\n${result.stderr}`);
  }
  process.env.FORK_BUILD_SECONDS = ((performance.now() - started) / 1000).toFixed(1);
}
