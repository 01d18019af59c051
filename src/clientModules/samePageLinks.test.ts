import { describe, expect, it } from 'vitest';
import { isSamePageLink } from './samePageLinks';

describe('isSamePageLink', () => {
  const page = new URL('https://policy.example/docs/policy');

  it('takes a link to a place on the open page', () => {
    expect(isSamePageLink(new URL('https://policy.example/docs/policy#quality'), page)).toBe(true);
  });

  it('takes the page however it is served: with a slash or as an HTML file', () => {
    expect(isSamePageLink(new URL('https://policy.example/docs/policy/#quality'), page)).toBe(true);
    expect(
      isSamePageLink(
        new URL('https://policy.example/docs/policy#quality'),
        new URL('https://policy.example/docs/policy.html'),
      ),
    ).toBe(true);
    expect(
      isSamePageLink(
        new URL('https://policy.example/docs/#top'),
        new URL('https://policy.example/docs/index.html'),
      ),
    ).toBe(true);
  });

  it('leaves out a link to the page without a place on it', () => {
    expect(isSamePageLink(new URL('https://policy.example/docs/policy'), page)).toBe(false);
  });

  it('leaves out a link to another page, another query or another site', () => {
    expect(isSamePageLink(new URL('https://policy.example/docs/faq#quality'), page)).toBe(false);
    expect(isSamePageLink(new URL('https://policy.example/docs/policy?v=2#quality'), page)).toBe(
      false,
    );
    expect(isSamePageLink(new URL('https://other.example/docs/policy#quality'), page)).toBe(false);
  });
});
