import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPathOf } from '../adoption/policyMarkdown';
import { filePath, routeOfPath, routePath, routes, withBaseUrl } from './routes';

const docsDir = join(__dirname, '../../docs');

describe('routes', () => {
  it('name every page in docs/, by the slug in its front matter, and the home page', () => {
    const docPaths = readdirSync(docsDir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => docPathOf(name, readFileSync(join(docsDir, name), 'utf8')));
    expect(['/', ...docPaths].sort()).toEqual(Object.values(routes).sort());
  });

  it('find the name of a page from its path', () => {
    expect(routeOfPath('/faq')).toBe('faq');
    expect(routeOfPath('/nowhere')).toBeUndefined();
  });
});

describe('routePath', () => {
  it.each([
    ['/', 'policy', undefined, '/policy'],
    ['/', 'home', undefined, '/'],
    ['/', 'policy', 'disclosure', '/policy#disclosure'],
    ['/docs/llm/', 'adopt', undefined, '/docs/llm/adopt'],
    ['/docs/llm/', 'home', undefined, '/docs/llm/'],
    // A base path that equals a page's own path still puts the base path in front.
    ['/policy/', 'policy', undefined, '/policy/policy'],
    ['/policy/', 'home', undefined, '/policy/'],
    ['/faq/', 'faq', 'autocomplete', '/faq/faq#autocomplete'],
  ] as const)('(%s, %s, %s) -> %s', (baseUrl, route, anchor, expected) => {
    expect(routePath(baseUrl, route, anchor)).toBe(expected);
  });
});

describe('filePath and withBaseUrl', () => {
  it('put the base path in front of generated files, even under /files/', () => {
    expect(filePath('/', 'AGENTS.md')).toBe('/files/AGENTS.md');
    expect(filePath('/files/', 'ISSUE_TEMPLATE/config.yml')).toBe(
      '/files/files/ISSUE_TEMPLATE/config.yml',
    );
  });

  it.each([
    ['/', '/adopt', '/adopt'],
    ['/', 'adopt', '/adopt'],
    ['/policy/', '/adopt', '/policy/adopt'],
    ['/policy/', 'adopt', '/policy/adopt'],
  ])('(%s, %s) -> %s', (base, path, expected) => {
    expect(withBaseUrl(base, path)).toBe(expected);
  });
});
