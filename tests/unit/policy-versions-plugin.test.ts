import { describe, expect, it } from 'vitest';
import {
  releaseNotesTranslations,
  translateReleaseNotes,
  versionFileName,
} from '../../plugins/policy-versions';
import { draftFileName, type PolicyVersionEntry } from '../../src/versions/releases';

const versions: PolicyVersionEntry[] = [
  { id: 'next', status: 'draft', version: null, adoptedOn: null, changes: [], why: '' },
  {
    id: '2',
    status: 'current',
    version: '2',
    adoptedOn: '2026-12-01',
    changes: ['Adds a rule.', 'Drops a rule.'],
    why: 'Tools changed.',
  },
];

describe('the release notes as translatable messages', () => {
  it('gives each change and each reason its own id, and skips an empty draft', () => {
    expect(releaseNotesTranslations(versions)).toEqual({
      '2.changes.0': { message: 'Adds a rule.', description: 'A change in version 2' },
      '2.changes.1': { message: 'Drops a rule.', description: 'A change in version 2' },
      '2.why': { message: 'Tools changed.', description: 'Why version 2 was made' },
    });
  });

  it('uses a translation where there is one, and the original words elsewhere', () => {
    const translated = translateReleaseNotes(versions, {
      '2.changes.1': { message: 'Enlève une règle.' },
      '2.why': { message: 'Les outils ont changé.' },
    });
    expect(translated[1].changes).toEqual(['Adds a rule.', 'Enlève une règle.']);
    expect(translated[1].why).toBe('Les outils ont changé.');
    expect(translated[0]).toEqual(versions[0]);
  });
});

describe('the file of each version’s text, in docs/', () => {
  it('is the policy page for the version in force, the draft beside it, and earlier ones apart', () => {
    expect(versionFileName({ id: '2', status: 'current' })).toBe('policy.mdx');
    expect(`docs/${versionFileName({ id: 'next', status: 'draft' })}`).toBe(draftFileName);
    expect(versionFileName({ id: '1', status: 'archived' })).toBe('_versions/1.mdx');
  });
});
