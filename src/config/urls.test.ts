import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { uriOf } from './urls';

const ajv = new Ajv2020();
addFormats(ajv);
const isUri = ajv.compile({ type: 'string', format: 'uri' });

describe('uriOf', () => {
  it.each([
    ['https://github.com/example-org/example', 'https://github.com/example-org/example'],
    ['https://example.org', 'https://example.org/'],
    [
      'https://chat.example/#/room/policy?x=1&y=<2>',
      'https://chat.example/#/room/policy?x=1&y=%3C2%3E',
    ],
    ['http://a.example/#é', 'http://a.example/#%C3%A9'],
    ['http://a.example/#%', 'http://a.example/#%25'],
    ['http://a.example/#a#b', 'http://a.example/#a%23b'],
    ['http://a.example/50%25', 'http://a.example/50%25'],
    ['http://a.example/a|b^c{d}', 'http://a.example/a%7Cb%5Ec%7Bd%7D'],
    ['http://[::1]:8080/x y', 'http://[::1]:8080/x%20y'],
    ['mailto:team policy@example.org', 'mailto:team%20policy@example.org'],
    ['https://bücher.example/straße', 'https://xn--bcher-kva.example/stra%C3%9Fe'],
  ])('writes %s as the valid URI %s', (address, uri) => {
    expect(uriOf(address)).toBe(uri);
    expect(isUri(uri), uri).toBe(true);
  });

  it('leaves an address that does not parse as it is', () => {
    expect(uriOf('{')).toBe('{');
  });
});
