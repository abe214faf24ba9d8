// The real numbers of the five 2024 reports appear where a reader looks for them, with their
// qualifier and derived marks, and "not reported" is shown as such, never as 0.
import { expect, it } from 'vitest';
import { AGENCY, readDataCsv, rowsWith, settle, textOf, visibleText } from './contract.ts';
import { describeBrowser } from './suite.ts';

/** Words the UI may use to mark a value computed from two stated numbers. */
const DERIVED_MARK = /推算|计算|派生|衍生|derived/i;

describeBrowser('values of the bundled dataset', (s) => {
  it('Baoshan accepted 932 reconsideration cases (indicator view and agency profile)', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    await settle(t.page);
    const row = rowsWith(t.page, AGENCY.baoshan.zh).first();
    await expect.poll(() => textOf(row)).toMatch(/(^|[^\d.,])932([^\d.,]|$)/);

    await t.page.goto(`${s.server().url}#/agency/${AGENCY.baoshan.id}`);
    await settle(t.page);
    const profileRow = rowsWith(t.page, '受理行政复议案件').first();
    await expect.poll(() => textOf(profileRow)).toMatch(/(^|[^\d.,])932([^\d.,]|$)/);
    expect(t.problems()).toEqual([]);
  });

  it('mediation success: Changning 95.6% as stated, Baoshan 85.8% marked derived', async () => {
    const t = await s.open('#/indicator/mediation.success_rate');
    await settle(t.page);
    const changning = await textOf(rowsWith(t.page, AGENCY.changning.zh));
    expect(changning).toMatch(/95\.6\s*%/);
    expect(changning).not.toMatch(DERIVED_MARK);

    const baoshanRow = rowsWith(t.page, AGENCY.baoshan.zh).first();
    const baoshan = await textOf(baoshanRow);
    expect(baoshan).toMatch(/85\.8\s*%/);
    // The mark may be a word in the cell or an accessible label/title on a badge.
    const marks = await baoshanRow.evaluate((tr) =>
      [
        tr.textContent ?? '',
        ...Array.from(tr.querySelectorAll('[title],[aria-label]')).flatMap((e) => [
          e.getAttribute('title') ?? '',
          e.getAttribute('aria-label') ?? '',
        ]),
      ].join(' '),
    );
    expect(marks).toMatch(DERIVED_MARK);
    expect(t.problems()).toEqual([]);
  });

  it("100% agency heads' court appearance for Changning and Tianjin port bonded zone", async () => {
    const t = await s.open('#/indicator/litigation.head_appearance_rate');
    await settle(t.page);
    for (const a of [AGENCY.changning, AGENCY.tianjinPort]) {
      const text = await textOf(rowsWith(t.page, a.zh));
      expect(text, a.id).toMatch(/(^|[^\d.])100(\.0+)?\s*%/);
    }
    expect(t.problems()).toEqual([]);
  });

  it('"未报告" where an agency reported nothing for an indicator, never 0', async () => {
    // An agency of the dataset with no observation for reconsideration.accepted.
    const reported = new Set(
      readDataCsv('observations.csv')
        .filter((o) => o.indicator === 'reconsideration.accepted')
        .map((o) => o.agency_id),
    );
    const silent = Object.values(AGENCY).find((a) => !reported.has(a.id));
    expect(silent, 'some agency does not report reconsideration.accepted').toBeDefined();

    const t = await s.open('#/coverage');
    await settle(t.page);
    expect(await visibleText(t.page)).toContain('未报告');

    await t.page.goto(`${s.server().url}#/agency/${silent!.id}`);
    await settle(t.page);
    const row = rowsWith(t.page, '受理行政复议案件').first();
    if ((await row.count()) > 0) {
      const text = await textOf(row);
      expect(text).toContain('未报告');
      expect(text).not.toMatch(/(^|[^\d.])0([^\d.]|$)/);
    } else {
      expect(await visibleText(t.page)).toContain('未报告');
    }
    expect(t.problems()).toEqual([]);
  });

  it('approximate values keep their qualifier (Tianjin port: 770余 → ">770")', async () => {
    const t = await s.open('#/indicator/review.legal_opinions');
    await settle(t.page);
    const text = await textOf(rowsWith(t.page, AGENCY.tianjinPort.zh));
    expect(text).toMatch(/>\s*770|770\s*余/);
    expect(t.problems()).toEqual([]);
  });
});
