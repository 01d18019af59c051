// The release simulation (tests/fork/simulate.mjs) started a draft of the next version with the
// config under test, edited it and built the site with it; then it released the draft as the next
// version and built the site again. While the draft exists, the site shows it; after the release,
// every address of the versions in the build before it must still lead to the same text,
// anchors included, and the draft is gone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import selectedConfig from '../selectedConfig';
import releaseEdits from './release-edits.json';
import { selectedConfigPath } from '../../src/config/selectedConfig';
import type { SiteConfig } from '../../src/config/types';
import { routePath } from '../../src/config/routes';
import {
  comparePath,
  draftId,
  versionPath,
  versionsIndexPath,
} from '../../src/config/versionPaths';
import { draftFileName, releasesFileName } from '../../src/versions/releases';
import { defaultBuildDir, draftBuildDir, releaseBuildDir, releaseDir, root } from './paths';
import {
  brokenLinks,
  fileForPath,
  hasAnchor,
  html,
  pagesOf,
  visibleText,
  type BuiltSite,
} from './site';

const before: BuiltSite = { dir: defaultBuildDir, config: selectedConfig };
const releasedConfig = (
  (await import(/* @vite-ignore */ selectedConfigPath(releaseDir))) as { default: SiteConfig }
).default;
const after: BuiltSite = { dir: releaseBuildDir, config: releasedConfig };
/** The build with the draft: the config under test, before the release. */
const withDraft: BuiltSite = { dir: draftBuildDir, config: selectedConfig };

/** The permanent addresses of the released versions in a build: "/base/versions/1". */
function releasedVersionPaths(site: BuiltSite): string[] {
  const folder = join(site.dir, versionPath('/', '').replace(/^\//, ''));
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html') && !['next.html', 'compare.html'].includes(name))
    .map((name) => versionPath(site.config.site.baseUrl, name.replace(/\.html$/, '')))
    .sort();
}

function pageOf(site: BuiltSite, path: string): string {
  const page = fileForPath(site, path);
  if (page === null) {
    throw new Error(`${path} does not lead to a page of ${site.dir}`);
  }
  return page;
}

/** The ids of a version's text: the anchors a link to a passage of that version uses. */
function anchorsOf(site: BuiltSite, path: string): string[] {
  const $ = html(site, pageOf(site, path));
  return $('article .markdown [id]')
    .toArray()
    .map((element) => $(element).attr('id') ?? '');
}

/**
 * The text of a version, passage by passage, without the note on its status (which changes when
 * it is replaced) and without the spaces between passages.
 */
function versionText(site: BuiltSite, path: string): string[] {
  const $ = html(site, pageOf(site, path));
  return $('article .markdown')
    .find('p, li, h2, h3, h4, th, td, pre, blockquote')
    .toArray()
    .map((element) => $(element).text().replace(/\s+/g, ' ').trim());
}

const oldVersion = selectedConfig.policy.version;
const newVersion = releasedConfig.policy.version;

/** The pages of a build that link to the draft's address. */
function pagesLinkingToDraft(site: BuiltSite): string[] {
  const draftPath = versionPath(site.config.site.baseUrl, draftId);
  return pagesOf(site).filter((page) => {
    const $ = html(site, page);
    return $('a[href]')
      .toArray()
      .some((element) => ($(element).attr('href') ?? '').split('#')[0] === draftPath);
  });
}

describe('a draft of the next version, while it exists', () => {
  const draftPath = versionPath(withDraft.config.site.baseUrl, draftId);

  it('is at its own address, with the edits, not in force and out of search engines', () => {
    const $ = html(withDraft, pageOf(withDraft, draftPath));
    expect($('h1').text()).toBe('Draft of the next version');
    expect($('[role="note"]').text()).toContain('It is not in force');
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect(versionText(withDraft, draftPath).join(' ')).toContain(releaseEdits.sentence);
    expect($('article').text()).toContain(releaseEdits.why);
  });

  it('leaves the policy in force as it was', () => {
    const policy = routePath(withDraft.config.site.baseUrl, 'policy');
    expect(visibleText(withDraft, pageOf(withDraft, policy))).not.toContain(releaseEdits.sentence);
    const current = versionPath(withDraft.config.site.baseUrl, oldVersion);
    expect(versionText(withDraft, current)).toEqual(versionText(before, current));
  });

  it('is listed after the version in force, and in the changelog', () => {
    for (const path of [
      versionsIndexPath(withDraft.config.site.baseUrl),
      routePath(withDraft.config.site.baseUrl, 'changelog'),
    ]) {
      expect(pagesLinkingToDraft(withDraft), path).toContain(pageOf(withDraft, path));
    }
    const index = pageOf(withDraft, versionsIndexPath(withDraft.config.site.baseUrl));
    expect(visibleText(withDraft, index)).toContain('Draft of the next version Not in force yet');
  });

  it('is compared with the version in force by default', () => {
    const $ = html(withDraft, pageOf(withDraft, comparePath(withDraft.config.site.baseUrl)));
    expect($('h2').text()).toContain(
      `Changes from version ${oldVersion} to the draft of the next version`,
    );
    expect($('main [aria-label] ins').text()).toContain(releaseEdits.sentence);
    expect($('select[name="to"] option[selected]').attr('value')).toBe(draftId);
  });

  it('links every page to pages and anchors that exist', () => {
    expect(brokenLinks(withDraft)).toEqual([]);
  });
});

describe('a release of the next version', () => {
  const permanentPaths = releasedVersionPaths(before);

  it('happened: the config under test got the next number', () => {
    expect(permanentPaths).toContain(versionPath(selectedConfig.site.baseUrl, oldVersion));
    expect(newVersion).not.toBe(oldVersion);
    expect(releasedVersionPaths(after)).toEqual(
      [...permanentPaths, versionPath(after.config.site.baseUrl, newVersion)].sort(),
    );
  });

  it('keeps every permanent address of the versions released before, with the same text', () => {
    for (const path of permanentPaths) {
      const text = versionText(before, path);
      expect(text.length, path).toBeGreaterThan(50);
      expect(versionText(after, path), path).toEqual(text);
    }
  });

  it('keeps every anchor inside the versions released before', () => {
    for (const path of permanentPaths) {
      const anchors = anchorsOf(before, path);
      expect(anchors.length, path).toBeGreaterThanOrEqual(10);
      const page = pageOf(after, path);
      const missing = anchors.filter((anchor) => !hasAnchor(after, page, anchor));
      expect(missing, path).toEqual([]);
    }
  });

  it('marks the earlier version as replaced, and links it to the version in force', () => {
    const $ = html(after, pageOf(after, versionPath(after.config.site.baseUrl, oldVersion)));
    const note = $('[role="note"]').first().text();
    expect(note).toContain('It is no longer in force');
    expect(
      $('[role="note"] a')
        .toArray()
        .map((element) => $(element).attr('href')),
    ).toContain(versionPath(after.config.site.baseUrl, newVersion));
  });

  it('shows the draft’s text on the policy page and at the new version’s address', () => {
    const policy = visibleText(
      after,
      pageOf(after, routePath(after.config.site.baseUrl, 'policy')),
    );
    expect(policy).toContain(releaseEdits.sentence);
    expect(
      versionText(after, versionPath(after.config.site.baseUrl, newVersion)).join(' '),
    ).toContain(releaseEdits.sentence);
    expect(
      versionText(before, versionPath(before.config.site.baseUrl, oldVersion)).join(' '),
    ).not.toContain(releaseEdits.sentence);
  });

  it('compares the two versions by default, with the new words inserted and the old ones deleted', () => {
    const $ = html(after, pageOf(after, comparePath(after.config.site.baseUrl)));
    // The passages of the comparison, not the legend above them.
    const inserted = $('main [aria-label] ins')
      .toArray()
      .map((element) => $(element).text())
      .join(' ');
    const deleted = $('main [aria-label] del')
      .toArray()
      .map((element) => $(element).text())
      .join(' ');
    expect(inserted).toContain(releaseEdits.sentence);
    expect(deleted).toMatch(/\b[a-z]{5,}\b/);
    expect(inserted).toContain(
      /\b[a-z]{5,}\b/.exec(deleted.replace(/\[removed:/g, ''))?.[0].toUpperCase(),
    );
    expect($('h2').text()).toContain(`version ${oldVersion} to version ${newVersion}`);
  });

  it('lists both versions with their notes, on the list of versions and in the changelog', () => {
    for (const path of [
      versionsIndexPath(after.config.site.baseUrl),
      routePath(after.config.site.baseUrl, 'changelog'),
    ]) {
      const text = visibleText(after, pageOf(after, path));
      expect(text, path).toContain(`Version ${newVersion}`);
      expect(text, path).toContain(`Version ${oldVersion}`);
      expect(text, path).toContain(releaseEdits.why);
    }
  });

  it('links every page to pages and anchors that exist', () => {
    expect(brokenLinks(after)).toEqual([]);
  });

  it('ends the draft: its file, its notes, its page and every link to it are gone', () => {
    expect(existsSync(join(releaseDir, draftFileName))).toBe(false);
    const releases = JSON.parse(readFileSync(join(releaseDir, releasesFileName), 'utf8')) as {
      next?: unknown;
    };
    expect(releases.next).toBeUndefined();
    expect(fileForPath(after, versionPath(after.config.site.baseUrl, draftId))).toBeNull();
    expect(pagesLinkingToDraft(after)).toEqual([]);
  });
});

describe('the release simulation', () => {
  it('starts from the repository’s own text, and leaves it as it was', () => {
    expect(readFileSync(join(root, 'docs/policy.mdx'), 'utf8')).not.toContain(
      releaseEdits.sentence,
    );
    const draft = join(root, draftFileName);
    expect(existsSync(draft) ? readFileSync(draft, 'utf8') : '').not.toContain(
      releaseEdits.sentence,
    );
  });
});
