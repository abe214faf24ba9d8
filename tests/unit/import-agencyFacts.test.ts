// Agency facts pre-filled from an imported report, and matching a report to a known agency.
import { describe, expect, it } from 'vitest';
import {
  agencyIdForName,
  agencyNameKey,
  guessAgencyFacts,
  guessAgencyType,
  matchAgency,
} from '../../src/data/agencyFacts.ts';
import { AGENCIES, REPORTS } from '../fixtures/miniDataset.ts';

describe('guessAgencyFacts', () => {
  it.each([
    ['宝山区司法局', '', { region: '上海市', district: '宝山区', type: 'justice_bureau' }],
    ['上海市青浦区市场监督管理局', '', { region: '上海市', district: '青浦区', type: 'functional_dept' }],
    ['长宁区人民政府', '', { region: '上海市', district: '长宁区', type: 'district_gov' }],
    ['和平区', '', { region: '天津市', district: '和平区', type: 'district_gov' }],
    ['浙江省某某县人民政府', '', { region: '浙江省', district: '某某县', type: 'district_gov' }],
    ['某某经济技术开发区管理委员会', '', { region: '', district: '', type: 'zone_admin' }],
    [
      '保税区',
      '天津港保税区党委办公室 滨海新区',
      { region: '天津市', district: '滨海新区', type: 'zone_admin' },
    ],
    ['闵行区经济委员会', '', { region: '上海市', district: '闵行区', type: 'functional_dept' }],
  ] as const)('%s (%s)', (name, head, facts) => {
    expect(guessAgencyFacts(name, head)).toEqual(facts);
  });

  it('reads the type from the name', () => {
    expect(guessAgencyType('某某区司法局')).toBe('justice_bureau');
    expect(guessAgencyType('某某自由贸易试验区管理局')).toBe('zone_admin');
    expect(guessAgencyType('某某区城市管理和综合执法局')).toBe('functional_dept');
    expect(guessAgencyType('某某县政府')).toBe('district_gov');
  });
});

describe('agency ids and names', () => {
  it('gives a stable, URL-safe id per name', () => {
    expect(agencyIdForName('金川区市场监督管理局')).toBe(agencyIdForName('金川区市场监督管理局'));
    expect(agencyIdForName('金川区市场监督管理局')).not.toBe(agencyIdForName('金川区司法局'));
    expect(agencyIdForName('金川区司法局')).toMatch(/^imp-[0-9a-z]{7}$/);
  });

  it('compares names without province prefix, spaces or 人民政府', () => {
    expect(agencyNameKey('上海市闵行区经济委员会')).toBe('闵行区经济委员会');
    expect(agencyNameKey('长宁区人民政府')).toBe('长宁区');
    expect(agencyNameKey(' 宝山区 司法局 ')).toBe('宝山区司法局');
  });
});

describe('matchAgency', () => {
  const known = { agencies: AGENCIES, reports: REPORTS };
  it('finds the agency of the same report imported again', () => {
    expect(matchAgency('r-bs', '别的名字', known)?.id).toBe('sh-baoshan-justice');
  });
  it('finds agencies by name despite province prefix or 人民政府', () => {
    expect(matchAgency('new', '上海市闵行区经济委员会', known)?.id).toBe('sh-minhang-economy');
    expect(matchAgency('new', '长宁区', known)?.id).toBe('sh-changning');
  });
  it('finds agencies by how an earlier report named them', () => {
    const reports = [{ id: 'r-tj', agencyId: 'tj-port-bonded', agencyText: '保税区' }];
    expect(matchAgency('new', '保税区', { agencies: AGENCIES, reports })?.id).toBe('tj-port-bonded');
  });
  it('returns null for a new agency or an empty name', () => {
    expect(matchAgency('new', '金川区市场监督管理局', known)).toBeNull();
    expect(matchAgency('new', '', known)).toBeNull();
  });
});
