import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import harbourConfig from '../../tests/fixtures/harbour.config';
import {
  compareVersions,
  defaultComparison,
  parseReleases,
  policyVersions,
  releasesFileName,
  ReleasesError,
  type ReleasesFile,
} from './releases';

const notes = { changes: ['A change.'], why: 'A reason.' };
const valid: ReleasesFile = {
  current: notes,
  archived: [
    { version: '0.9', adoptedOn: '2026-01-01', ...notes },
    { version: '0.10', adoptedOn: '2026-02-01', ...notes },
  ],
};

describe('parseReleases', () => {
  it('accepts the shipped file', () => {
    const shipped: unknown = JSON.parse(
      readFileSync(join(__dirname, '../..', releasesFileName), 'utf8'),
    );
    expect(() => parseReleases(shipped)).not.toThrow();
  });

  it('accepts a file with earlier versions and no draft', () => {
    expect(parseReleases(valid)).toEqual(valid);
  });

  it('accepts empty notes for a draft that has just started', () => {
    const started = { ...valid, next: { changes: [], why: '' } };
    expect(parseReleases(started)).toEqual(started);
  });

  it.each([
    ['not an object', [], /The file must hold one object/],
    ['no current notes', { ...valid, current: undefined }, /current must be an object/],
    [
      'empty current changes',
      { ...valid, current: { changes: [], why: 'x' } },
      /current\.changes must say at least one/,
    ],
    [
      'a change that is not text',
      { ...valid, current: { changes: [3], why: 'x' } },
      /current\.changes\[0\] must be text/,
    ],
    [
      'an empty change',
      { ...valid, current: { changes: [' '], why: 'x' } },
      /current\.changes\[0\] must not be empty/,
    ],
    [
      'changes that are not a list',
      { ...valid, next: { changes: 'x', why: '' } },
      /next\.changes must be a list/,
    ],
    [
      'a very long reason',
      { ...valid, current: { changes: ['x'], why: 'x'.repeat(601) } },
      /current\.why is 601 characters long/,
    ],
    ['no list of earlier versions', { ...valid, archived: {} }, /archived must be a list/],
    [
      'a bad version number',
      { ...valid, archived: [{ ...notes, version: 'v1', adoptedOn: '2026-01-01' }] },
      /archived\[0\]\.version must be a version number/,
    ],
    [
      'a version listed twice',
      { ...valid, archived: [valid.archived[0], valid.archived[0]] },
      /archived\[1\]\.version 0\.9 is listed twice/,
    ],
    [
      'a bad date',
      { ...valid, archived: [{ ...notes, version: '0.9', adoptedOn: '2026-13-01' }] },
      /archived\[0\]\.adoptedOn must be a real calendar date/,
    ],
  ])('names the field when %s', (_, value, message) => {
    expect(() => parseReleases(value)).toThrow(ReleasesError);
    expect(() => parseReleases(value)).toThrow(message);
  });

  it('names the file it reads', () => {
    expect(() => parseReleases(null, 'x/releases.json')).toThrow(/^x\/releases\.json needs a fix/);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1', '2', -1],
    ['1.10', '1.9', 1],
    ['2', '2.0', 0],
    ['2.0.1', '2', 1],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('policyVersions', () => {
  it('lists the version in force from the config, then earlier versions, newest first', () => {
    const versions = policyVersions(harbourConfig, valid, false);
    expect(versions.map((entry) => [entry.id, entry.status])).toEqual([
      [harbourConfig.policy.version, 'current'],
      ['0.10', 'archived'],
      ['0.9', 'archived'],
    ]);
    expect(versions[0].adoptedOn).toBe(harbourConfig.policy.adoptedOn);
  });

  it('lists the draft first while there is one, with its notes', () => {
    const next = { changes: ['Adds a rule.'], why: 'Tools changed.' };
    const versions = policyVersions(harbourConfig, { ...valid, next }, true);
    expect(versions.map((entry) => [entry.id, entry.status])).toEqual([
      ['next', 'draft'],
      [harbourConfig.policy.version, 'current'],
      ['0.10', 'archived'],
      ['0.9', 'archived'],
    ]);
    expect(versions[0]).toMatchObject({ version: null, adoptedOn: null, ...next });
  });

  it('gives a draft without notes empty ones', () => {
    expect(policyVersions(harbourConfig, valid, true)[0]).toMatchObject({
      status: 'draft',
      changes: [],
      why: '',
    });
  });

  it('refuses notes for a draft that does not exist', () => {
    const next = { changes: [], why: '' };
    expect(() => policyVersions(harbourConfig, { ...valid, next }, false)).toThrow(
      /"next" holds the notes of a draft, but there is no draft \(docs\/_policy-draft\.mdx\)/,
    );
  });

  it('refuses an earlier version that is not older than the one in force', () => {
    const archived = [{ version: harbourConfig.policy.version, adoptedOn: '2026-01-01', ...notes }];
    expect(() => policyVersions(harbourConfig, { ...valid, archived }, false)).toThrow(
      /must be older than the current version, 1 \(policy\.version/,
    );
  });

  it('refuses an earlier version adopted after the one in force', () => {
    const archived = [{ version: '0.5', adoptedOn: '2099-01-01', ...notes }];
    expect(() => policyVersions(harbourConfig, { ...valid, archived }, false)).toThrow(
      /after the current version \(policy\.adoptedOn/,
    );
  });
});

describe('defaultComparison', () => {
  const onlyCurrent = { ...valid, archived: [] };

  it('has nothing to compare while the version in force is the only one', () => {
    expect(defaultComparison(policyVersions(harbourConfig, onlyCurrent, false))).toBeNull();
  });

  it('compares the version in force with the draft while there is no earlier version', () => {
    expect(defaultComparison(policyVersions(harbourConfig, onlyCurrent, true))).toEqual({
      from: '1',
      to: 'next',
    });
  });

  it('compares the version before the one in force with it, with or without a draft', () => {
    for (const hasDraft of [false, true]) {
      expect(defaultComparison(policyVersions(harbourConfig, valid, hasDraft))).toEqual({
        from: '0.10',
        to: '1',
      });
    }
  });

  it('needs a version in force', () => {
    expect(() => defaultComparison([{ id: 'next', status: 'draft' }])).toThrow(
      /no current version/,
    );
  });
});
