import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../config/types';
import { findSiteConfigProblems } from '../../config/validate';
import fork from '../../../tests/fixtures/fork.config';
import markup from '../../../tests/fixtures/markup.config';
import {
  builderReducer,
  contactLabelFor,
  decodeChoices,
  detailFields,
  encodeChoices,
  fieldProblems,
  fieldValue,
  followersOf,
  initialBuilderState,
  startingTraces,
  withField,
  type BuilderAction,
  type BuilderState,
  type DetailField,
} from './builderState';

// A real project's site (Lanternfish), and the same details shipped as an example.
const example: SiteConfig = { ...fork, isExample: true };
const start = initialBuilderState(fork);

function edit(state: BuilderState, field: DetailField, value: string): BuilderState {
  return builderReducer(state, { type: 'fieldEdited', field, value });
}

describe('builderReducer', () => {
  it('starts from the site’s own config, marked as a real project, without its source repository', () => {
    const fromExample = initialBuilderState(example);
    expect(fromExample.start).toBe(example);
    expect(example.site.sourceRepository).toBeDefined();
    expect(fromExample.config).toEqual({
      ...example,
      isExample: false,
      site: { url: example.site.url, baseUrl: example.site.baseUrl },
    });
    expect(fromExample.contactLabelEdited).toBe(false);
  });

  it('records a chosen option', () => {
    const next = builderReducer(start, {
      type: 'optionChosen',
      id: 'disclosure',
      value: 'required',
    });
    expect(next.config.policy.options.disclosure).toBe('required');
    expect(next.config.policy.options.agentsFile).toBe(fork.policy.options.agentsFile);
  });

  it('ignores a value the option does not have', () => {
    expect(
      builderReducer(start, { type: 'optionChosen', id: 'disclosure', value: 'maybe' }),
    ).toEqual(start);
  });

  it('records an edited field', () => {
    const edited = edit(start, 'policy.adoptedOn', '');
    expect(edited.config.policy.adoptedOn).toBe('');
    expect(edited.config.project).toBe(start.config.project);
  });

  it('restores shared choices as a real project, keeping the site’s own config as the start', () => {
    const restored = builderReducer(initialBuilderState(example), {
      type: 'choicesRestored',
      config: markup,
    });
    expect(restored.start).toBe(example);
    expect(restored.config).toEqual({ ...markup, isExample: false });
  });

  it('starts over from the site’s config', () => {
    let changed = edit(start, 'site.baseUrl', 'x');
    changed = edit(changed, 'contact.label', 'our chat');
    expect(builderReducer(changed, { type: 'startedOver' })).toEqual({
      ...start,
      cleared: { config: changed.config, contactLabelEdited: true, followers: start.followers },
    });
  });
});

describe('the addresses made from the repository address', () => {
  const repository = fork.project.repositoryUrl;

  it('follow the repository address from the start, each with what comes after it', () => {
    expect(start.followers).toEqual({
      'project.issuesUrl': '/issues',
      'project.pullRequestsUrl': '/pulls',
    });
  });

  it('count an address that is the repository address itself, or lies under it after "/", "?" or "#"', () => {
    let config = withField(fork, 'contact.url', repository);
    config = withField(config, 'textLicense.url', `${repository}/blob/main/LICENSE`);
    config = withField(config, 'site.url', `${repository}#readme`);
    expect(followersOf(config)).toEqual({
      'project.issuesUrl': '/issues',
      'project.pullRequestsUrl': '/pulls',
      'contact.url': '',
      'textLicense.url': '/blob/main/LICENSE',
      'site.url': '#readme',
    });
  });

  it('leave out an address that only starts with the same letters, and any other address', () => {
    const config = withField(fork, 'project.issuesUrl', `${repository}-tracker/issues`);
    expect(followersOf(config)).toEqual({ 'project.pullRequestsUrl': '/pulls' });
  });

  it('leave out every address when the repository address is blank', () => {
    expect(followersOf(withField(fork, 'project.repositoryUrl', '  '))).toEqual({});
  });

  it('take a repository address that ends with "/"', () => {
    const config = withField(fork, 'project.repositoryUrl', `${repository}/`);
    expect(followersOf(config)).toEqual({
      'project.issuesUrl': '/issues',
      'project.pullRequestsUrl': '/pulls',
    });
  });

  it('change with the repository address', () => {
    const moved = edit(start, 'project.repositoryUrl', 'https://git.example.org/harbour');
    expect(moved.config.project.issuesUrl).toBe('https://git.example.org/harbour/issues');
    expect(moved.config.project.pullRequestsUrl).toBe('https://git.example.org/harbour/pulls');
    expect(moved.config.contact.url).toBe(fork.contact.url);
    expect(moved.config.site.url).toBe(fork.site.url);
    expect(moved.followers).toEqual(start.followers);
  });

  it('put no second "/" after a new repository address that ends with one', () => {
    const moved = edit(start, 'project.repositoryUrl', 'https://git.example.org/harbour/');
    expect(moved.config.project.issuesUrl).toBe('https://git.example.org/harbour/issues');
  });

  it('wait while the repository address is not valid, and follow it again once it is', () => {
    let state = edit(start, 'project.repositoryUrl', '');
    expect(state.config.project.issuesUrl).toBe(fork.project.issuesUrl);
    state = edit(state, 'project.repositoryUrl', 'git.example.org/harbour');
    expect(state.config.project.issuesUrl).toBe(fork.project.issuesUrl);
    expect(fieldProblems(state.config)).toEqual({
      'project.repositoryUrl': expect.anything() as unknown,
    });
    state = edit(state, 'project.repositoryUrl', 'https://git.example.org/harbour');
    expect(state.config.project.issuesUrl).toBe('https://git.example.org/harbour/issues');
    expect(state.config.project.pullRequestsUrl).toBe('https://git.example.org/harbour/pulls');
  });

  it('stay as the user wrote them once edited', () => {
    let state = edit(start, 'project.issuesUrl', 'https://tracker.example.org/harbour');
    expect(state.followers).toEqual({ 'project.pullRequestsUrl': '/pulls' });
    state = edit(state, 'project.repositoryUrl', 'https://git.example.org/harbour');
    expect(state.config.project.issuesUrl).toBe('https://tracker.example.org/harbour');
    expect(state.config.project.pullRequestsUrl).toBe('https://git.example.org/harbour/pulls');
  });

  it('are unchanged by an edit of an address that does not follow', () => {
    const state = edit(start, 'site.url', `${repository}/pages`);
    expect(state.followers).toBe(start.followers);
    expect(edit(state, 'project.repositoryUrl', 'https://x.example/r').config.site.url).toBe(
      `${repository}/pages`,
    );
  });

  it('are found again in restored choices', () => {
    const shared = withField(
      withField(fork, 'project.repositoryUrl', 'https://git.example.org/harbour'),
      'contact.url',
      'https://git.example.org/harbour/discussions',
    );
    const restored = builderReducer(start, { type: 'choicesRestored', config: shared });
    expect(restored.followers).toEqual({ 'contact.url': '/discussions' });
  });
});

describe('starting again', () => {
  const changed = edit(
    builderReducer(start, { type: 'optionChosen', id: 'disclosure', value: 'required' }),
    'project.issuesUrl',
    'https://tracker.example.org/harbour',
  );

  it('clears the work and keeps it for an undo', () => {
    const cleared = builderReducer(changed, { type: 'startedOver' });
    expect(cleared.config).toEqual(start.config);
    expect(cleared.followers).toEqual(start.followers);
    expect(cleared.cleared).toEqual({
      config: changed.config,
      contactLabelEdited: changed.contactLabelEdited,
      followers: changed.followers,
    });
  });

  it('can be undone, which brings back all the work', () => {
    const cleared = builderReducer(changed, { type: 'startedOver' });
    expect(builderReducer(cleared, { type: 'startOverUndone' })).toEqual({
      ...changed,
      cleared: null,
    });
  });

  it('keeps the first work when pressed twice before any change', () => {
    const twice = builderReducer(builderReducer(changed, { type: 'startedOver' }), {
      type: 'startedOver',
    });
    expect(builderReducer(twice, { type: 'startOverUndone' }).config).toEqual(changed.config);
  });

  it('changes nothing on an undo with nothing cleared', () => {
    expect(builderReducer(changed, { type: 'startOverUndone' })).toBe(changed);
  });

  it.each<[string, BuilderAction]>([
    ['an edited field', { type: 'fieldEdited', field: 'project.name', value: 'Harbour' }],
    ['a chosen option', { type: 'optionChosen', id: 'disclosure', value: 'encouraged' }],
    ['a chosen check mode', { type: 'checkModeChosen', mode: 'require' }],
    ['restored choices', { type: 'choicesRestored', config: markup }],
  ])('offers no undo after %s, which would lose the new change', (_, action) => {
    const cleared = builderReducer(changed, { type: 'startedOver' });
    expect(builderReducer(cleared, action).cleared).toBeNull();
  });
});

describe('the contact label', () => {
  it('follows the project name while the user has not edited it', () => {
    const renamed = edit(start, 'project.name', 'Harbour');
    expect(renamed.config.contact.label).toBe('the Harbour mailing list');
    expect(renamed.contactLabelEdited).toBe(false);
    expect(edit(renamed, 'project.name', 'Harbour Two').config.contact.label).toBe(
      'the Harbour Two mailing list',
    );
  });

  it('becomes the user’s once they edit it, and then stays as they wrote it', () => {
    const edited = edit(start, 'contact.label', 'our Lanternfish chat');
    expect(edited.contactLabelEdited).toBe(true);
    const renamed = edit(edited, 'project.name', 'Harbour');
    expect(renamed.config.contact.label).toBe('our Lanternfish chat');
  });

  it('stays the starting label while the name is blank, and uses the name without outer spaces', () => {
    expect(edit(start, 'project.name', '  ').config.contact.label).toBe(fork.contact.label);
    expect(edit(start, 'project.name', ' Harbour ').config.contact.label).toBe(
      'the Harbour mailing list',
    );
  });

  it('replaces every whole-word mention of the starting name, whatever its case', () => {
    const site: SiteConfig = {
      ...fork,
      contact: { ...fork.contact, label: 'LANTERNFISH’s lanternfish-team, not Lanternfishery' },
    };
    expect(contactLabelFor(site, 'Harbour')).toBe('Harbour’s Harbour-team, not Lanternfishery');
  });

  it('puts in a name with markup and "$&" as it is', () => {
    expect(contactLabelFor(fork, markup.project.name)).toBe(
      `the ${markup.project.name} mailing list`,
    );
  });

  it('finds a starting name full of markup and pattern characters', () => {
    const site: SiteConfig = {
      ...markup,
      contact: { ...markup.contact, label: `the ${markup.project.name} forum` },
    };
    expect(contactLabelFor(site, 'Harbour')).toBe('the Harbour forum');
  });

  it('is unchanged when the starting label does not name the project', () => {
    expect(contactLabelFor(markup, 'Harbour')).toBe(markup.contact.label);
  });

  it('still follows the name after restoring a link whose label is the one the name gives', () => {
    const shared = withField(withField(fork, 'project.name', 'Harbour'), 'contact.label', 'x');
    const followed = builderReducer(start, {
      type: 'choicesRestored',
      config: withField(shared, 'contact.label', 'the Harbour mailing list'),
    });
    expect(followed.contactLabelEdited).toBe(false);
    const typed = builderReducer(start, { type: 'choicesRestored', config: shared });
    expect(typed.contactLabelEdited).toBe(true);
  });
});

describe('startingTraces', () => {
  it('finds nothing for a real project that keeps its own name', () => {
    expect(startingTraces(start.config, fork)).toEqual({});
  });

  it('flags the example’s name and addresses right away', () => {
    expect(startingTraces(initialBuilderState(example).config, example)).toEqual({
      'project.name': 'name',
      'project.repositoryUrl': 'address',
      'project.issuesUrl': 'address',
      'project.pullRequestsUrl': 'address',
      'site.url': 'address',
      'contact.label': 'name',
      'contact.url': 'address',
    });
  });

  it('flags what a renamed project still holds, but not a new name that contains the old one', () => {
    const renamed = edit(start, 'project.name', 'Lanternfish Two');
    expect(renamed.config.contact.label).toBe('the Lanternfish Two mailing list');
    expect(startingTraces(renamed.config, fork)).toEqual({
      'project.repositoryUrl': 'address',
      'project.issuesUrl': 'address',
      'project.pullRequestsUrl': 'address',
      'site.url': 'address',
      'contact.url': 'address',
    });
  });

  it('still flags the example’s name written in other letter case', () => {
    const renamed = edit(initialBuilderState(example), 'project.name', 'LANTERNFISH');
    expect(startingTraces(renamed.config, example)['project.name']).toBe('name');
    expect(startingTraces(renamed.config, example)['contact.label']).toBe('name');
  });

  it('flags the old name in a field beside the new one', () => {
    let state = edit(start, 'project.name', 'Lanternfish Two');
    state = edit(state, 'textLicense.name', 'Lanternfish Two licence, from Lanternfish');
    expect(startingTraces(state.config, fork)['textLicense.name']).toBe('name');
  });

  it('clears a field once it holds the new project’s value', () => {
    let state = edit(initialBuilderState(example), 'project.name', 'Harbour');
    state = edit(state, 'project.repositoryUrl', 'https://git.example.org/harbour');
    const traces = startingTraces(state.config, example);
    expect(traces['project.name']).toBeUndefined();
    expect(traces['contact.label']).toBeUndefined();
    expect(traces['project.repositoryUrl']).toBeUndefined();
  });

  it.each([
    ['LANTERNFISH tools', true],
    ['(lanternfish)', true],
    ['🚀Lanternfish', true],
    ['Lanternfishery', false],
    ['my_lanternfish', false],
    ['lanternfish2', false],
    ['𝐀lanternfish', false],
  ])('counts the name only as a whole word, ignoring case: %s → %s', (label, flagged) => {
    const config = edit(edit(start, 'project.name', 'Harbour'), 'contact.label', label).config;
    expect(startingTraces(config, fork)['contact.label'] === 'name').toBe(flagged);
  });

  it('counts a starting name full of markup and pattern characters', () => {
    const config = edit(initialBuilderState(markup), 'textLicense.name', markup.project.name);
    expect(startingTraces(config.config, markup)['textLicense.name']).toBe('name');
  });

  it('flags no name when the starting name is blank', () => {
    const blank: SiteConfig = { ...example, project: { ...example.project, name: ' ' } };
    expect(startingTraces(initialBuilderState(blank).config, blank)['contact.label']).toBe(
      undefined,
    );
  });

  describe('addresses', () => {
    // A start whose name is not in its addresses, so that only the address rule can flag them.
    const glowworm: SiteConfig = {
      ...example,
      project: { ...example.project, name: 'Glowworm' },
      contact: { label: 'the forum', url: 'https://chat.glow.example/' },
    };

    it.each([
      ['https://git.lanternfish.example/lanternfish/core', true],
      ['https://git.lanternfish.example/lanternfish/core/wiki', true],
      ['https://git.lanternfish.example/lanternfish/core?tab=readme', true],
      ['https://git.lanternfish.example/lanternfish/core#top', true],
      ['HTTPS://GIT.LANTERNFISH.EXAMPLE/lanternfish/core', true],
      ['https://chat.glow.example/room/7', true],
      ['https://git.lanternfish.example/lanternfish/core-two', false],
      ['https://git.lanternfish.example/lanternfish', false],
      ['https://git.harbour.example/harbour', false],
    ])('%s → %s', (url, flagged) => {
      const config = edit(initialBuilderState(glowworm), 'textLicense.url', url).config;
      expect(startingTraces(config, glowworm)['textLicense.url']).toBe(
        flagged ? 'address' : undefined,
      );
    });

    it('ignores a blank starting address', () => {
      const blank: SiteConfig = { ...glowworm, contact: { ...glowworm.contact, url: '' } };
      const config = edit(initialBuilderState(blank), 'textLicense.url', 'https://x.example');
      expect(startingTraces(config.config, blank)['textLicense.url']).toBeUndefined();
    });
  });
});

describe('fieldProblems', () => {
  it('is empty for valid configs', () => {
    expect(fieldProblems(fork)).toEqual({});
    expect(fieldProblems(markup)).toEqual({});
  });

  it('gives each invalid field, including an empty date, in the validator’s own words', () => {
    let state = edit(start, 'project.name', ' ');
    state = edit(state, 'site.baseUrl', 'policy');
    state = edit(state, 'policy.adoptedOn', '');
    const problems = fieldProblems(state.config);
    const expected = Object.fromEntries(
      findSiteConfigProblems(state.config).map((problem) => [problem.field, problem.expected]),
    );
    expect(Object.keys(problems)).toEqual(['project.name', 'site.baseUrl', 'policy.adoptedOn']);
    expect(problems).toEqual(expected);
  });

  it('leaves out problems that are not about a detail field', () => {
    const broken = { ...fork, extra: true } as unknown as SiteConfig;
    expect(fieldProblems(broken)).toEqual({});
  });
});

describe('choices in the page address', () => {
  it('are empty when nothing differs from the site', () => {
    expect(encodeChoices(start.config, start.config)).toBe('');
  });

  it('hold only what differs', () => {
    const state = builderReducer(start, {
      type: 'optionChosen',
      id: 'commitTrailer',
      value: 'none',
    });
    expect(encodeChoices(state.config, start.config)).toBe('choices?commitTrailer=none');
  });

  it('round-trip every option and field', () => {
    const defaults = initialBuilderState(example).config;
    // The builder keeps the site's pull-request check settings: a project edits them in site.config.ts.
    const target = {
      ...markup,
      isExample: false,
      site: { ...markup.site, sourceRepository: 'https://code.tidepool.example/tide/policy-site' },
      pullRequestCheck: defaults.pullRequestCheck,
    };
    const hash = `#${encodeChoices(target, defaults)}`;
    expect(decodeChoices(hash, defaults)).toEqual(target);
    for (const field of detailFields) {
      expect(hash).toContain(`${field}=`);
      expect(fieldValue(decodeChoices(hash, defaults) ?? defaults, field)).toBe(
        fieldValue(target, field),
      );
    }
  });

  it('leave out an optional field that is empty, in the config and in the address', () => {
    const source = 'https://git.lanternfish.example/lanternfish/policy-site';
    expect(fieldValue(start.config, 'site.sourceRepository')).toBe('');
    const typed = edit(start, 'site.sourceRepository', source);
    expect(typed.config.site.sourceRepository).toBe(source);
    expect(findSiteConfigProblems(typed.config)).toEqual([]);
    const hash = `#${encodeChoices(typed.config, start.config)}`;
    expect(decodeChoices(hash, start.config)).toEqual(typed.config);

    const cleared = edit(typed, 'site.sourceRepository', '');
    expect('sourceRepository' in cleared.config.site).toBe(false);
    expect(cleared.config).toEqual(start.config);
    expect(encodeChoices(cleared.config, start.config)).toBe('');
    // A required field keeps an empty value, for the validator to name.
    expect(edit(start, 'site.baseUrl', '').config.site.baseUrl).toBe('');
  });

  it('round-trip text with spaces, quotes, "&", "#", "=", right-to-left text and emoji', () => {
    const awkward = edit(start, 'contact.label', 'the "A & B = C" #team’s forum שלום 🚀').config;
    expect(decodeChoices(`#${encodeChoices(awkward, start.config)}`, start.config)).toEqual(
      awkward,
    );
  });

  it('ignore anchors that are not choices, and unknown keys or values', () => {
    expect(decodeChoices('#how-to-adopt', start.config)).toBeNull();
    expect(decodeChoices('', start.config)).toBeNull();
    expect(
      decodeChoices('#choices?colour=blue&disclosure=maybe&isExample=true', start.config),
    ).toEqual(start.config);
  });

  it('survive broken percent-encoding', () => {
    expect(decodeChoices('#choices?project.name=%E0%A4%A', start.config)?.project.name).toBe(
      '\uFFFD%A',
    );
  });
});

describe('the pull-request check’s mode', () => {
  // Lanternfish requires; a site without the section advises.
  const advising = initialBuilderState({ ...fork, pullRequestCheck: undefined });

  it('is chosen, and the skip list stays as the site has it', () => {
    const next = builderReducer(start, { type: 'checkModeChosen', mode: 'advise' });
    expect(next.config.pullRequestCheck).toEqual({
      mode: 'advise',
      skipAuthors: fork.pullRequestCheck?.skipAuthors,
    });
  });

  it('gets the default skip list when the site has no section', () => {
    const next = builderReducer(advising, { type: 'checkModeChosen', mode: 'require' });
    expect(next.config.pullRequestCheck).toEqual({
      mode: 'require',
      skipAuthors: ['dependabot[bot]', 'renovate[bot]'],
    });
    expect(findSiteConfigProblems(next.config)).toEqual([]);
  });

  it('ignores a mode it does not know', () => {
    expect(builderReducer(start, { type: 'checkModeChosen', mode: 'block' })).toEqual(start);
  });

  it('is kept in the page address only when it differs from the site’s, and read back', () => {
    const chosen = builderReducer(advising, { type: 'checkModeChosen', mode: 'require' });
    const hash = encodeChoices(chosen.config, advising.config);
    expect(hash).toBe('choices?pullRequestCheck.mode=require');
    expect(decodeChoices(`#${hash}`, advising.config)?.pullRequestCheck?.mode).toBe('require');
    const same = builderReducer(advising, { type: 'checkModeChosen', mode: 'advise' });
    expect(encodeChoices(same.config, advising.config)).toBe('');
  });

  it('ignores a tampered mode in the page address', () => {
    expect(decodeChoices('#choices?pullRequestCheck.mode=%3Cb%3E', start.config)).toEqual(
      start.config,
    );
  });
});
