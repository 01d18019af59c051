import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// Checks of the GitHub Actions workflows in .github/workflows/: they match
// GitHub's schema, pin every action by commit, grant write access only where a
// deployment needs it, and run the same test command as the README.

const root = join(__dirname, '../..');
const workflowsFolder = join(root, '.github/workflows');

type PermissionLevel = 'read' | 'write' | 'none';
type Permissions = 'read-all' | 'write-all' | Partial<Record<string, PermissionLevel>>;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  uses?: string;
  needs?: string | string[];
  permissions?: Permissions;
  env?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  steps?: Step[];
}

interface Workflow {
  on: string | string[] | Record<string, unknown>;
  permissions?: Permissions;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  jobs: Record<string, Job>;
}

interface WorkflowFile {
  name: string;
  text: string;
  workflow: Workflow;
}

const workflowFiles: WorkflowFile[] = readdirSync(workflowsFolder)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => {
    const text = readFileSync(join(workflowsFolder, name), 'utf8');
    return { name, text, workflow: parse(text) as Workflow };
  });

function workflowNamed(name: string): Workflow {
  const file = workflowFiles.find((candidate) => candidate.name === name);
  if (!file) {
    throw new Error(`.github/workflows/${name} is missing`);
  }
  return file.workflow;
}

function triggers(workflow: Workflow): string[] {
  if (typeof workflow.on === 'string') {
    return [workflow.on];
  }
  return Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on);
}

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

/** The scopes that permissions grant write access to; "*" stands for write-all. */
function writeScopes(permissions: Permissions | undefined): string[] {
  if (permissions === 'write-all') {
    return ['*'];
  }
  if (permissions === undefined || permissions === 'read-all') {
    return [];
  }
  return Object.entries(permissions)
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope);
}

/** One line per schema error, such as: /jobs/test must NOT have additional properties {"additionalProperty":"timeout-minute"} */
function readableErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) =>
      `${error.instancePath || '(top level)'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`,
  );
}

const validateWorkflow = new Ajv({ strict: false, allErrors: true }).compile(
  JSON.parse(
    readFileSync(join(root, 'tests/fixtures/github-workflow.schema.json'), 'utf8'),
  ) as object,
);

describe('GitHub Actions workflows', () => {
  it('include the CI and the deploy workflows', () => {
    expect(workflowFiles.map((file) => file.name)).toEqual(
      expect.arrayContaining(['ci.yml', 'deploy.yml']),
    );
  });

  it.each(workflowFiles)('$name matches the GitHub workflow schema', ({ workflow }) => {
    validateWorkflow(workflow);
    expect(readableErrors(validateWorkflow.errors)).toEqual([]);
  });

  it.each(workflowFiles)(
    '$name pins every action by a full commit SHA with its version in a comment',
    ({ text, workflow }) => {
      // Comments are lost when YAML is parsed, so the pins are read from the text,
      // and the parsed workflow proves that no "uses:" was missed.
      const usesLines = text
        .split('\n')
        .map((line) => /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line))
        .filter((match) => match !== null);
      const parsedUses = Object.values(workflow.jobs).flatMap((job) => [
        ...asList(job.uses),
        ...(job.steps ?? []).flatMap((step) => asList(step.uses)),
      ]);
      expect(usesLines.map(([, target]) => target).sort()).toEqual(parsedUses.sort());

      const unpinned = usesLines
        .filter(([, target]) => !target.startsWith('./'))
        .filter(
          ([, target, rest]) =>
            !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(target) || !/^ # v\d+\.\d+\.\d+$/.test(rest),
        )
        .map(([line]) => `${line.trim()}: write it as owner/action@<40-hex SHA> # vX.Y.Z`);
      expect(unpinned).toEqual([]);
    },
  );

  it.each(workflowFiles)(
    '$name sets permissions for the whole workflow, and they are at most read',
    ({ workflow }) => {
      expect(
        workflow.permissions,
        'without a permissions key, jobs get the repository’s default token',
      ).toBeDefined();
      expect(writeScopes(workflow.permissions)).toEqual([]);
    },
  );

  it('gives write access only to the deploy job, and only pages and id-token', () => {
    const grants = workflowFiles.flatMap(({ name, workflow }) =>
      Object.entries(workflow.jobs).flatMap(([jobId, job]) =>
        writeScopes(job.permissions).map((scope) => `${name} ${jobId}: ${scope} write`),
      ),
    );
    expect(grants.sort()).toEqual([
      'deploy.yml deploy: id-token write',
      'deploy.yml deploy: pages write',
    ]);
  });

  it('runs npm ci only in jobs without write access, since it runs package scripts', () => {
    const runsNpmCi = (job: Job): boolean =>
      (job.steps ?? []).some((step) => /\bnpm ci\b/.test(step.run ?? '')) ||
      // A job that calls a local workflow runs that workflow's jobs with at most its own permissions.
      (job.uses?.startsWith('./.github/workflows/') === true &&
        Object.values(workflowNamed(job.uses.replace('./.github/workflows/', '')).jobs).some(
          runsNpmCi,
        ));
    const offenders = workflowFiles.flatMap(({ name, workflow }) =>
      Object.entries(workflow.jobs)
        .filter(([, job]) => runsNpmCi(job))
        .filter(([, job]) => writeScopes(job.permissions ?? workflow.permissions).length > 0)
        .map(([jobId]) => `${name} ${jobId}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never use pull_request_target, which runs a fork’s changes with write access', () => {
    const offenders = workflowFiles
      .filter(({ workflow }) => triggers(workflow).includes('pull_request_target'))
      .map(({ name }) => name);
    expect(offenders).toEqual([]);
  });

  it('use one Node version, which the package.json engines field allows', () => {
    const nodeVersions = workflowFiles.flatMap(({ workflow }) =>
      Object.values(workflow.jobs).flatMap((job) =>
        (job.steps ?? [])
          .filter((step) => step.uses?.startsWith('actions/setup-node@'))
          .map((step) => String(step.with?.['node-version'])),
      ),
    );
    expect(nodeVersions.length).toBeGreaterThan(0);
    expect(new Set(nodeVersions).size, nodeVersions.join(', ')).toBe(1);

    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    const lowestMajor = Number(/^>=(\d+)/.exec(packageJson.engines.node)?.[1]);
    expect(Number(nodeVersions[0])).toBeGreaterThanOrEqual(lowestMajor);
  });
});

describe('ci.yml', () => {
  const ci = workflowNamed('ci.yml');

  it('runs on pull requests, on pushes to main, and when another workflow calls it', () => {
    expect(triggers(ci).sort()).toEqual(['pull_request', 'push', 'workflow_call']);
    expect(ci.on).toMatchObject({ push: { branches: ['main'] } });
  });

  it('runs the README’s test command after npm ci, one job for each of its groups, all of them', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const testSection = /^## Test it\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
    const block = /```sh\n([\s\S]*?)```/.exec(testSection)?.[1] ?? '';
    expect(block.trim(), 'the README’s "Test it" command').toBe('npm test');

    const groups = execFileSync('node', ['scripts/test.mjs', '--groups'], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(groups.length).toBeGreaterThan(1);
    const { test } = ci.jobs;
    expect([...((test.strategy?.matrix?.group as string[] | undefined) ?? [])].sort()).toEqual(
      [...groups].sort(),
    );
    expect(test.strategy?.['fail-fast']).toBe(false);
    const npmSteps = (test.steps ?? [])
      .map((step) => step.run?.trim() ?? '')
      .filter((command) => command.startsWith('npm '));
    expect(npmSteps).toEqual(['npm ci', 'npm test -- --group ${{ matrix.group }}']);
    expect(Object.keys(ci.jobs)).toEqual(['test']);
  });

  it('points the end-to-end tests at a browser the runner already has', () => {
    for (const job of Object.values(ci.jobs)) {
      expect(job.env?.CHROMIUM_PATH).toMatch(/^\//);
    }
  });

  it('cancels an older run of the same pull request', () => {
    expect(ci.concurrency?.group).toContain('github.event.pull_request.number');
    expect(ci.concurrency?.['cancel-in-progress']).toBe(true);
  });
});

describe('deploy.yml', () => {
  const deploy = workflowNamed('deploy.yml');

  it('runs on pushes to main and by hand', () => {
    expect(triggers(deploy).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(deploy.on).toMatchObject({ push: { branches: ['main'] } });
  });

  it('tests with ci.yml, then builds, then deploys', () => {
    expect(deploy.jobs.test.uses).toBe('./.github/workflows/ci.yml');
    expect(asList(deploy.jobs.build.needs)).toContain('test');
    expect(asList(deploy.jobs.deploy.needs)).toContain('build');
  });

  it('deploys one commit at a time and never cancels a deployment in progress', () => {
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });
});
