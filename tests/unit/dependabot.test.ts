import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// Checks of .github/dependabot.yml: Dependabot watches the actions and the npm
// packages, and opens few pull requests at a time.

interface Update {
  'package-ecosystem': string;
  directory: string;
  schedule: { interval: string };
  'open-pull-requests-limit'?: number;
  groups?: Record<string, { 'update-types'?: string[] }>;
}

const config = parse(readFileSync(join(__dirname, '../../.github/dependabot.yml'), 'utf8')) as {
  version: number;
  updates: Update[];
};

describe('Dependabot', () => {
  it('uses version 2 of the configuration format', () => {
    expect(config.version).toBe(2);
  });

  it('watches the GitHub Actions and the npm packages at the repository root', () => {
    expect(
      config.updates.map((update) => `${update['package-ecosystem']} ${update.directory}`).sort(),
    ).toEqual(['github-actions /', 'npm /']);
  });

  it.each(config.updates.map((update) => [update['package-ecosystem'], update] as const))(
    '%s: weekly, few open pull requests, minor and patch updates grouped',
    (_ecosystem, update) => {
      expect(update.schedule.interval).toBe('weekly');
      // Dependabot's default limit is 5; a group counts as one pull request.
      expect(update['open-pull-requests-limit']).toBeLessThanOrEqual(5);
      const groupedTypes = Object.values(update.groups ?? {}).flatMap(
        (group) => group['update-types'] ?? [],
      );
      expect(groupedTypes.sort()).toEqual(['minor', 'patch']);
    },
  );
});
