// A dataset address in a shared link may only point at the dashboard's own site: anything that the
// browser's URL parser (which fetch uses) resolves to another origin is refused, with the address
// returned for the notice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusedDatasetSource } from '../../src/state/refusedSource.ts';
import { isSafeDatasetUrl, parseHash } from '../../src/state/viewState.ts';

// Pages the dashboard may be served from (root, a sub-path, a file inside a folder, a port).
const PAGES = [
  'http://127.0.0.1:5173/',
  'https://gov.example/dashboard/',
  'https://gov.example/a/b/index.html?x=1',
  'http://localhost:8080/sub/',
];

const sameOriginEverywhere = (src: string) =>
  PAGES.every((page) => new URL(src, page).origin === new URL(page).origin);

describe('refusedDatasetSource', () => {
  it.each([
    ['#/?dataset=url&src=https%3A%2F%2Fevil.example%2Fdata%2F', 'https://evil.example/data/'],
    ['#/?dataset=url&src=//evil.example/x.json', '//evil.example/x.json'],
    ['#/overview?src=javascript:alert(1)', 'javascript:alert(1)'],
    ['#/?dataset=url&src=data:text/csv,a', 'data:text/csv,a'],
    // The two addresses from the issue: a backslash and a tab the URL parser reads as "//".
    ['#/?dataset=url&src=/%5Cevil.example/x.json', '/\\evil.example/x.json'],
    ['#/?dataset=url&src=%09//evil.example/x/', '\t//evil.example/x/'],
    ['#/?dataset=url&src=%0A/%0D/evil.example/', '\n/\r/evil.example/'],
    ['#/?dataset=url&src=%5C%5Cevil.example%5Cx', '\\\\evil.example\\x'],
    ['#/?dataset=url&src=%20//evil.example/', ' //evil.example/'],
    ['#/?dataset=url&src=HTTPS:evil.example/x', 'HTTPS:evil.example/x'],
    ['#/?dataset=url&src=%09JaVaScRiPt:alert(1)', '\tJaVaScRiPt:alert(1)'],
    // Absolute addresses are refused even when they could be this site: links stay relative.
    ['#/?dataset=url&src=http://127.0.0.1:5173/data/', 'http://127.0.0.1:5173/data/'],
  ])('%s is refused', (hash, src) => {
    expect(refusedDatasetSource(hash)).toBe(src);
    expect(parseHash(hash).datasetUrl).toBeNull();
    expect(parseHash(hash).dataset).toBe('bundled');
  });

  it.each([
    ['#/', null],
    ['#/?dataset=url&src=my-data%2F', 'my-data/'],
    ['#/?dataset=url&src=./exports/2025.json', './exports/2025.json'],
    ['#/?dataset=url&src=/gov/data/', '/gov/data/'],
    ['#/?dataset=url&src=user@host/x.json', 'user@host/x.json'],
    ['#/?dataset=url&src=a%5Cb/', 'a\\b/'],
    ['#/?src=', null],
  ])('%s is not refused', (hash, url) => {
    expect(refusedDatasetSource(hash)).toBeNull();
    expect(parseHash(hash).datasetUrl).toBe(url);
  });

  it('goes by the first src, as parseHash does', () => {
    expect(refusedDatasetSource('#/?src=ok%2F&src=https://x.example/')).toBeNull();
  });

  it('compares with the page it runs on', () => {
    // A relative address that climbs out of a sub-path stays on the site: allowed.
    expect(isSafeDatasetUrl('../../other/x.json', 'https://gov.example/a/b/')).toBe(true);
    // A page whose origin is opaque (file:, data:) cannot vouch for anything.
    expect(isSafeDatasetUrl('x.json', 'data:text/html,hi')).toBe(false);
    expect(isSafeDatasetUrl('x.json', 'not a url')).toBe(false);
  });
});

// Pieces hostile addresses are made of: separators the URL parser normalises, their percent
// encodings (decoded once by the hash parser), user-info, schemes in any case, hosts.
const PIECES = [
  '/',
  '\\',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u001f',
  '%2F',
  '%2f',
  '%5C',
  '%5c',
  '%09',
  '%0A',
  '%0d',
  '%20',
  '%252F',
  '%',
  '@',
  ':',
  '.',
  '..',
  '?',
  '#',
  '&',
  'evil.example',
  'user:pw@evil.example',
  'x.json',
  'data',
  'http:',
  'HTTPS:',
  'hTtP:',
  'javascript:',
  'JavaScript:',
  'data:',
  'blob:',
  'file:',
  'ftp:',
  'ws:',
  '\uFF0F',
  '\u3000',
];

const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

describe('isSafeDatasetUrl against hostile strings', () => {
  it('accepts only addresses that stay on the page’s origin, whatever the page', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(...PAGES), (src, page) => {
        if (isSafeDatasetUrl(src, page)) expect(sameOriginEverywhere(src)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('what a shared link loads is on the page’s origin, and anything else is named as refused', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const hash = `#/?dataset=url&src=${raw}`;
        const state = parseHash(hash);
        const refused = refusedDatasetSource(hash);
        if (state.datasetUrl !== null) {
          expect(sameOriginEverywhere(state.datasetUrl)).toBe(true);
          expect(refused).toBeNull();
        } else if (state.dataset === 'bundled' && !/^(&|#|$)/.test(raw)) {
          // Nothing loaded from the address although it named one: the page says so.
          expect(refused).not.toBeNull();
        }
      }),
      { numRuns: 5000 },
    );
  });
});
