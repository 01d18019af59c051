import { describe, expect, it } from 'vitest';
import { comparePath, versionPath, versionsIndexPath } from './versionPaths';

describe('version paths', () => {
  it.each([
    ['/', '/versions', '/versions/1', '/versions/2.1#disclosure', '/versions/compare'],
    [
      '/policy/',
      '/policy/versions',
      '/policy/versions/1',
      '/policy/versions/2.1#disclosure',
      '/policy/versions/compare',
    ],
    // A base path that equals the folder's own name still goes in front.
    [
      '/versions/',
      '/versions/versions',
      '/versions/versions/1',
      '/versions/versions/2.1#disclosure',
      '/versions/versions/compare',
    ],
  ])('under %s', (base, index, one, anchored, compare) => {
    expect(versionsIndexPath(base)).toBe(index);
    expect(versionPath(base, '1')).toBe(one);
    expect(versionPath(base, '2.1', 'disclosure')).toBe(anchored);
    expect(comparePath(base)).toBe(compare);
  });

  it('puts the two versions of a comparison in its query, encoded', () => {
    expect(comparePath('/', '1', 'next')).toBe('/versions/compare?from=1&to=next');
    expect(comparePath('/', 'a&b', '1')).toBe('/versions/compare?from=a%26b&to=1');
    expect(comparePath('/', '1')).toBe('/versions/compare');
  });
});
