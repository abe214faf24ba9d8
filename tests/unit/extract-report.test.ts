// Report facts: title, agency, year, publication date and the four required parts.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';

describe('required report parts', () => {
  it('finds all four parts from top-level headings', () => {
    const text = [
      '某区农业农村委2024年法治政府建设情况报告',
      '一、主要举措和成效',
      '（一）加强学法。全年开展学法活动。',
      '二、存在的问题和不足',
      '三、主要负责人履行推进法治建设第一责任人职责情况',
      '四、下一步工作打算',
    ].join('\n');
    expect(extractReport(text).report.sections).toEqual({
      achievements: true,
      shortcomings: true,
      first_responsible_duties: true,
      next_year_plan: true,
    });
  });

  it('reports missing parts as missing', () => {
    const text = ['一、工作开展情况', '全年办理案件30件。', '二、2025年工作计划'].join('\n');
    expect(extractReport(text).report.sections).toEqual({
      achievements: true,
      shortcomings: false,
      first_responsible_duties: false,
      next_year_plan: true,
    });
  });

  it('accepts the first-responsible-person part as a sub-heading, but not a sub-heading about duties in general', () => {
    const nested = ['一、主要工作', '（三）落实第一责任人职责', '二、存在的不足'].join('\n');
    expect(extractReport(nested).report.sections.first_responsible_duties).toBe(true);
    const general = ['一、主要工作', '（二）履行职责，依法行政', '二、存在的不足'].join('\n');
    expect(extractReport(general).report.sections.first_responsible_duties).toBe(false);
  });

  it('uses Arabic numbering as the top level when a report has no Chinese-numbered headings', () => {
    const text = ['1. 主要举措和成效', '2. 存在的不足', '3. 下一年度工作安排'].join('\n');
    const r = extractReport(text).report.sections;
    expect([r.achievements, r.shortcomings, r.next_year_plan]).toEqual([true, true, true]);
  });

  it('counts a report organised by theme (no 主要举措 heading) as containing its measures and results', () => {
    const text = [
      '一、强化组织领导',
      '开展学法活动。',
      '二、深化依法行政',
      '三、存在的问题',
      '四、下一步打算',
    ].join('\n');
    expect(extractReport(text).report.sections).toEqual({
      achievements: true,
      shortcomings: true,
      first_responsible_duties: false,
      next_year_plan: true,
    });
  });

  it('puts values under a theme heading in achievements, and the preamble in other', () => {
    const text = [
      '全年审核规范性文件3件。',
      '1、坚持党的领导',
      '（一）加强学习',
      '审核规范性文件12件。',
    ].join('\n');
    expect(extractReport(text).observations.map((o) => o.section)).toEqual(['other', 'achievements']);
  });

  it('gives each observation the section it stands in', () => {
    const text = [
      '一、主要举措和成效',
      '审核规范性文件12件。',
      '二、主要负责人履行第一责任人职责情况',
      '组织20家单位述法。',
    ].join('\n');
    expect(extractReport(text).observations.map((o) => o.section)).toEqual([
      'achievements',
      'first_responsible_duties',
    ]);
  });
});

describe('report facts', () => {
  it('reads title, agency and year from a one-line title', () => {
    const r = extractReport('某区市场监管局2023年度法治政府建设工作报告\n\n一、主要举措').report;
    expect(r).toMatchObject({
      title: '某区市场监管局2023年度法治政府建设工作报告',
      agency: '某区市场监管局',
      year: 2023,
    });
  });

  it('joins a two-line title whose second line starts with the year', () => {
    const r = extractReport('某某新区管理委员会\n2024年度法治政府建设情况报告\n正文').report;
    expect(r.title).toBe('某某新区管理委员会2024年度法治政府建设情况报告');
    expect(r.agency).toBe('某某新区管理委员会');
  });

  it('skips page chrome and reads the publication date', () => {
    const r = extractReport(
      '当前位置:首页\n某区2024年法治政府建设情况报告\n发布日期:2025-02-03\n正文',
    ).report;
    expect(r).toMatchObject({
      title: '某区2024年法治政府建设情况报告',
      agency: '某区',
      year: 2024,
      published: '2025-02-03',
    });
  });

  it('falls back to the 现将…报告如下 sentence when there is no title line', () => {
    const r = extractReport(
      '2024年，本区坚持依法行政。现将某开发区2024年度法治政府建设情况报告如下：\n一、主要举措',
    ).report;
    expect(r.agency).toBe('某开发区');
    expect(r.year).toBe(2024);
  });

  it('reads a signature date on one of the last lines', () => {
    const r = extractReport('某局2024年法治政府建设报告\n正文。\n某局办公室\n2025年1月8日').report;
    expect(r.published).toBe('2025-01-08');
  });
});
