import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAG_GROUP_BYS, FLAG_SORTS } from '../../src/domain/flagList.ts';
import { FLAG_KINDS, FLAG_SEVERITIES } from '../../src/domain/flags.ts';
import {
  CHART_KINDS,
  type DatasetKind,
  DEFAULT_VIEW_STATE,
  GROUP_BYS,
  isSafeDatasetUrl,
  mergeSearchIntoHash,
  parseHash,
  parseLocation,
  SORT_KEYS,
  searchWithoutViewParams,
  serializeHash,
  VIEW_NAMES,
  type ViewState,
  viewState,
} from '../../src/state/viewState.ts';

fc.configureGlobal({ seed: 42, numRuns: 300 });

describe('parseHash', () => {
  it.each<[string, Partial<ViewState>]>([
    ['', {}],
    ['#', {}],
    ['#/', {}],
    ['#/indicator/mediation.success_rate', { view: 'indicator', id: 'mediation.success_rate', chart: 'bar' }],
    [
      '#/indicator/mediation.success_rate?chart=table&lang=en',
      { view: 'indicator', id: 'mediation.success_rate', chart: 'table', lang: 'en' },
    ],
    ['#/indicator/x?chart=radar', { view: 'indicator', id: 'x', chart: 'bar' }],
    [
      '#/compare?agencies=sh-changning,sh-baoshan-justice',
      { view: 'compare', chart: 'bar', agencies: ['sh-changning', 'sh-baoshan-justice'] },
    ],
    ['#/compare?agencies=a,,a,b&chart=radar', { view: 'compare', chart: 'radar', agencies: ['a', 'b'] }],
    ['#/agency/sh-changning', { view: 'agency', id: 'sh-changning' }],
    ['#/agency/sh-changning/brief', { view: 'brief', id: 'sh-changning' }],
    ['#/agency/sh-changning/brief?lang=en', { view: 'brief', id: 'sh-changning', lang: 'en' }],
    ['#/brief/sh-changning', { view: 'brief', id: 'sh-changning' }],
    ['#/agency/brief', { view: 'agency', id: 'brief' }],
    ['#/brief', {}],
    ['#/agency', {}],
    ['#/agency/', {}],
    ['#/reports', { view: 'reports' }],
    ['#/reports/002_e74daa1a8bc6bbfa', { view: 'reports', id: '002_e74daa1a8bc6bbfa' }],
    ['#/coverage', { view: 'coverage' }],
    ['#/coverage?flag=rate_below_norm', { view: 'coverage', flagKind: 'rate_below_norm' }],
    ['#/coverage?flag=nonsense', { view: 'coverage' }],
    ['#/import', { view: 'import' }],
    ['#/import/%E7%A4%BA%E4%BE%8B%E5%8C%BA', { view: 'import', id: '示例区' }],
    [
      '#/coverage?region=%E4%B8%8A%E6%B5%B7%E5%B8%82&year=2024',
      { view: 'coverage', filter: { region: '上海市', year: 2024 } },
    ],
    [
      '#/coverage?region=上海市&district=宝山区&type=justice_bureau',
      { view: 'coverage', filter: { region: '上海市', district: '宝山区', type: 'justice_bureau' } },
    ],
    ['#/?embed=1&theme=dark', { embed: true, theme: 'dark' }],
    ['#/?decal=1', { decal: true }],
    [
      '#/indicator/a?chart=map&mapregion=%E5%A4%A9%E6%B4%A5%E5%B8%82&maptype=justice_bureau',
      { view: 'indicator', id: 'a', chart: 'map', mapRegion: '天津市', mapType: 'justice_bureau' },
    ],
    ['#/indicator/a?mapregion=&maptype=', { view: 'indicator', id: 'a', chart: 'bar' }],
    ['#/?sort=name', { sort: { key: 'name', dir: 'asc' } }],
    // find: every column of a ranking table sorts; a bare key takes its natural direction.
    ['#/?sort=district', { sort: { key: 'district', dir: 'asc' } }],
    ['#/?sort=type-desc', { sort: { key: 'type', dir: 'desc' } }],
    ['#/?sort=rank', { sort: { key: 'rank', dir: 'asc' } }],
    ['#/?sort=change', { sort: { key: 'change', dir: 'desc' } }],
    ['#/?sort=change-asc&page=4', { sort: { key: 'change', dir: 'asc' }, page: 4 }],
    ['#/?sort=region-asc', {}],
    ['#/indicator/a?focus=sh-x&page=3', { view: 'indicator', id: 'a', chart: 'bar', focus: 'sh-x', page: 3 }],
    [
      '#/coverage?msort=mediation.success_rate-asc&mq=%E5%AE%9D%E5%B1%B1',
      { view: 'coverage', matrixSort: { key: 'mediation.success_rate', dir: 'asc' }, matrixQuery: '宝山' },
    ],
    ['#/coverage?msort=name', { view: 'coverage', matrixSort: { key: 'name', dir: 'asc' } }],
    [
      '#/coverage?msort=coverage-sideways',
      { view: 'coverage', matrixSort: { key: 'coverage', dir: 'desc' } },
    ],
    ['#/coverage?msort=-asc&mq=', { view: 'coverage' }],
    ['#/?focus=&page=0', {}],
    ['#/?page=-2', {}],
    ['#/?page=2.5', {}],
    ['#/?page=01', {}],
    ['#/?sort=value-asc&group=district', { sort: { key: 'value', dir: 'asc' }, group: 'district' }],
    ['#/?dataset=synthetic', { dataset: 'synthetic' }],
    ['#/?dataset=url&src=data%2Fother%2F', { dataset: 'url', datasetUrl: 'data/other/' }],
    // An absolute address is refused: the dashboard never fetches from another site.
    ['#/?dataset=url&src=https%3A%2F%2Fevil.example%2Fx.json', {}],
    ['#/?dataset=url&src=//evil.example/x.json', {}],
    ['#/?lang=en&lang=zh', { lang: 'en' }],
    // Invalid values fall back to defaults without throwing
    ['#/nonsense?lang=fr&year=abc&group=x&sort=zzz&theme=neon&dataset=ftp&embed=yes&chart=pie', {}],
    ['#/?year=1800', {}],
    ['#/?year=20245', {}],
    ['#/?region=%E4', { filter: { region: '%E4' } }],
    ['/indicator/a', { view: 'indicator', id: 'a', chart: 'bar' }],
    // flags: the coverage view's flag list and the report view's sentence
    [
      '#/coverage?flag=inconsistent&severity=high&fq=%E7%A4%BA%E4%BE%8B%E5%8C%BA&fgroup=district&fsort=agency',
      {
        view: 'coverage',
        flagKind: 'inconsistent',
        flagSeverity: 'high',
        flagSearch: '示例区',
        flagGroup: 'district',
        flagSort: 'agency',
      },
    ],
    ['#/coverage?severity=urgent&fgroup=city&fsort=date&fq=', { view: 'coverage' }],
    ['#/reports/r1?at=r1%236', { view: 'reports', id: 'r1', at: 'r1#6' }],
    [
      '#/reports/r1?missing=section%3Ashortcomings',
      { view: 'reports', id: 'r1', missing: 'section:shortcomings' },
    ],
  ])('%s', (hash, expected) => {
    expect(parseHash(hash)).toEqual({ ...DEFAULT_VIEW_STATE, ...expected });
  });
});

describe('serializeHash writes only what differs from the defaults', () => {
  it.each<[ViewState, string]>([
    [DEFAULT_VIEW_STATE, '#/'],
    [
      viewState('indicator', 'mediation.success_rate', { lang: 'en' }),
      '#/indicator/mediation.success_rate?lang=en',
    ],
    [viewState('indicator', 'a', { chart: 'map' }), '#/indicator/a?chart=map'],
    [viewState('indicator', 'a', { chart: 'trend', focus: 'x' }), '#/indicator/a?chart=trend&focus=x'],
    [
      viewState('indicator', 'a', { chart: 'map', mapRegion: '天津市', mapType: 'all', decal: true }),
      '#/indicator/a?chart=map&mapregion=%E5%A4%A9%E6%B4%A5%E5%B8%82&maptype=all&decal=1',
    ],
    [viewState('compare', null, { agencies: ['a', 'b'] }), '#/compare?agencies=a,b'],
    [viewState('compare', null, { agencies: ['a,b', 'c'] }), '#/compare?agencies=a%2Cb,c'],
    [
      viewState('coverage', null, { filter: { region: '上海市', year: 2024 } }),
      '#/coverage?region=%E4%B8%8A%E6%B5%B7%E5%B8%82&year=2024',
    ],
    [viewState('reports', 'r/1'), '#/reports/r%2F1'],
    [viewState('import', '示例区'), '#/import/%E7%A4%BA%E4%BE%8B%E5%8C%BA'],
    [viewState('reports', 'r1', { at: 'r1#6' }), '#/reports/r1?at=r1%236'],
    [
      viewState('coverage', null, {
        flagKind: 'yoy_fall',
        flagSeverity: 'low',
        flagSearch: 'a b',
        flagGroup: 'type',
      }),
      '#/coverage?flag=yoy_fall&severity=low&fq=a%20b&fgroup=type',
    ],
    [viewState('coverage', null, { flagSort: 'severity', flagGroup: 'none', flagSearch: '' }), '#/coverage'],
    [
      viewState('coverage', null, {
        flagKind: 'core_missing',
        matrixSort: { key: 'training.sessions', dir: 'desc' },
        matrixQuery: '司法 局',
      }),
      '#/coverage?flag=core_missing&msort=training.sessions-desc&mq=%E5%8F%B8%E6%B3%95%20%E5%B1%80',
    ],
    [viewState('coverage', null, { matrixSort: null, matrixQuery: '' }), '#/coverage'],
    [viewState('indicator', 'a', { focus: 'x/y', page: 2 }), '#/indicator/a?focus=x%2Fy&page=2'],
    [viewState('indicator', 'a', { focus: null, page: 1 }), '#/indicator/a'],
    [
      viewState('overview', null, { embed: true, theme: 'dark', sort: { key: 'name', dir: 'asc' } }),
      '#/?sort=name-asc&theme=dark&embed=1',
    ],
    [
      viewState('overview', null, { dataset: 'url', datasetUrl: 'x/y.json' }),
      '#/?dataset=url&src=x%2Fy.json',
    ],
    [viewState('overview', null, { dataset: 'url', datasetUrl: 'https://a.b/' }), '#/'],
  ])('%o → %s', (state, expected) => {
    expect(serializeHash(state)).toBe(expected);
  });
});

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const filterArb = fc.record(
  { region: text, district: text, type: text, year: fc.integer({ min: 1949, max: 2999 }) },
  { requiredKeys: [] },
);
const validState: fc.Arbitrary<ViewState> = fc
  .record({
    view: fc.constantFrom(...VIEW_NAMES),
    id: text,
    hasId: fc.boolean(),
    chartIndex: fc.nat(2),
    lang: fc.constantFrom('zh' as const, 'en' as const),
    filter: filterArb,
    sort: fc.record({
      key: fc.constantFrom(...SORT_KEYS),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    group: fc.constantFrom(...GROUP_BYS),
    flagKind: fc.option(fc.constantFrom(...FLAG_KINDS), { nil: null }),
    flagSeverity: fc.option(fc.constantFrom(...FLAG_SEVERITIES), { nil: null }),
    flagSearch: fc.option(text, { nil: '' }),
    flagGroup: fc.constantFrom(...FLAG_GROUP_BYS),
    flagSort: fc.constantFrom(...FLAG_SORTS),
    at: fc.option(text, { nil: null }),
    missing: fc.option(text, { nil: null }),
    matrixSort: fc.option(
      fc.record({ key: text.filter((k) => k !== ''), dir: fc.constantFrom('asc' as const, 'desc' as const) }),
      { nil: null },
    ),
    matrixQuery: fc.oneof(fc.constant(''), text),
    agencies: fc.uniqueArray(text, { maxLength: 6 }),
    focus: fc.option(text, { nil: null }),
    page: fc.integer({ min: 1, max: 999_999_999 }),
    embed: fc.boolean(),
    theme: fc.constantFrom('light' as const, 'dark' as const),
    decal: fc.boolean(),
    mapRegion: fc.option(text, { nil: null }),
    mapType: fc.option(text, { nil: null }),
    dataset: fc.constantFrom<DatasetKind>('bundled', 'synthetic', 'url'),
    datasetUrl: text.filter(isSafeDatasetUrl),
  })
  .map((r): ViewState => {
    const charts = CHART_KINDS[r.view];
    const needsId = r.view === 'indicator' || r.view === 'agency' || r.view === 'brief';
    return {
      view: r.view,
      id: needsId || (r.view === 'reports' && r.hasId) ? r.id : null,
      lang: r.lang,
      filter: r.filter,
      chart: charts ? charts[r.chartIndex % charts.length]! : null,
      sort: r.sort,
      group: r.group,
      flagKind: r.flagKind,
      flagSeverity: r.flagSeverity,
      flagSearch: r.flagSearch,
      flagGroup: r.flagGroup,
      flagSort: r.flagSort,
      at: r.at,
      missing: r.missing,
      matrixSort: r.matrixSort,
      matrixQuery: r.matrixQuery,
      agencies: r.agencies,
      focus: r.focus,
      page: r.page,
      embed: r.embed,
      theme: r.theme,
      decal: r.decal,
      mapRegion: r.mapRegion,
      mapType: r.mapType,
      dataset: r.dataset,
      datasetUrl: r.dataset === 'url' ? r.datasetUrl : null,
    };
  });

describe('round trip (fast-check, seed 42)', () => {
  it('parse(serialize(s)) equals s for valid states', () => {
    fc.assert(
      fc.property(validState, (s) => {
        expect(parseHash(serializeHash(s))).toEqual(s);
      }),
    );
  });

  it('serialize(parse(serialize(s))) === serialize(s)', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const once = serializeHash(s);
        expect(serializeHash(parseHash(once))).toBe(once);
      }),
    );
  });

  it('never throws on arbitrary input, and its output is a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (hash) => {
        const state = parseHash(hash);
        const once = serializeHash(state);
        expect(serializeHash(parseHash(once))).toBe(once);
      }),
    );
  });
});

describe('the brief keeps the profile address and adds /brief', () => {
  it('writes #/agency/<id>/brief, with the id encoded', () => {
    expect(serializeHash(viewState('brief', 'sh-changning'))).toBe('#/agency/sh-changning/brief');
    expect(serializeHash(viewState('brief', 'a/b', { lang: 'en' }))).toBe('#/agency/a%2Fb/brief?lang=en');
    expect(parseHash('#/agency/a%2Fb/brief')).toMatchObject({ view: 'brief', id: 'a/b' });
    expect(serializeHash(viewState('agency', 'sh-changning'))).toBe('#/agency/sh-changning');
  });
});

describe('parseLocation reads lang, dataset and src before the hash too', () => {
  it.each<[string, string, Partial<ViewState>]>([
    ['?lang=en', '#/', { lang: 'en' }],
    ['?lang=en', '', { lang: 'en' }],
    ['lang=en', '#/', { lang: 'en' }],
    ['?dataset=synthetic', '#/', { dataset: 'synthetic' }],
    [
      '?dataset=url&src=data%2Fmine',
      '#/coverage',
      { view: 'coverage', dataset: 'url', datasetUrl: 'data/mine' },
    ],
    ['?lang=en&dataset=synthetic', '#/reports', { view: 'reports', lang: 'en', dataset: 'synthetic' }],
  ])('%s before %s', (search, hash, expected) => {
    expect(parseLocation(search, hash)).toEqual({ ...DEFAULT_VIEW_STATE, ...expected });
  });

  it('the hash wins when both give a parameter', () => {
    expect(parseLocation('?lang=en', '#/?lang=zh').lang).toBe('zh');
    expect(parseLocation('?lang=zh', '#/?lang=en').lang).toBe('en');
    expect(parseLocation('?dataset=synthetic', '#/?dataset=bundled').dataset).toBe('bundled');
  });

  it('keeps the other hash parameters and reads nothing else from the query string', () => {
    expect(parseLocation('?lang=en&year=2020&embed=1', '#/indicator/x?year=2024')).toEqual({
      ...DEFAULT_VIEW_STATE,
      view: 'indicator',
      id: 'x',
      chart: 'bar',
      lang: 'en',
      filter: { year: 2024 },
    });
  });

  it('a refused absolute src in the query string is refused as in the hash', () => {
    expect(parseLocation('?dataset=url&src=https%3A%2F%2Fevil.example%2Fx', '#/')).toEqual(
      DEFAULT_VIEW_STATE,
    );
    // …and stays in the merged address, so the page can say what it refused.
    expect(mergeSearchIntoHash('?src=https%3A%2F%2Fevil.example%2Fx', '#/')).toBe(
      '#/?src=https%3A%2F%2Fevil.example%2Fx',
    );
  });

  it('merges into the hash form the views write, and leaves other query parameters alone', () => {
    expect(mergeSearchIntoHash('?lang=en', '')).toBe('#/?lang=en');
    expect(mergeSearchIntoHash('?lang=en&lang=zh', '#/coverage?flag=x')).toBe('#/coverage?flag=x&lang=en');
    expect(mergeSearchIntoHash('', '#/reports')).toBe('#/reports');
    expect(mergeSearchIntoHash('?utm=1', '#/')).toBe('#/');
    expect(searchWithoutViewParams('?utm=1&lang=en&dataset=synthetic')).toBe('?utm=1');
    expect(searchWithoutViewParams('?lang=en')).toBe('');
    expect(searchWithoutViewParams('')).toBe('');
  });

  it('round trip: the state of the merged address serialises to a hash that parses back to it', () => {
    fc.assert(
      fc.property(
        validState,
        fc.constantFrom('', '?lang=en', '?dataset=synthetic', '?lang=en&dataset=synthetic'),
        (s, search) => {
          // Whatever the query string says, the hash written by serializeHash gives every parameter
          // that differs from the default, so writing the state back and reading it again is stable.
          const state = parseLocation(search, serializeHash(s));
          expect(parseLocation('', serializeHash(state))).toEqual(state);
          if (s.lang !== 'zh') expect(state.lang).toBe(s.lang);
          if (s.dataset !== 'bundled') expect(state.dataset).toBe(s.dataset);
        },
      ),
    );
  });
});
