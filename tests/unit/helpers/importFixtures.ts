// Report texts written for the import tests (invented agencies and numbers, never corpus text),
// and helpers that turn them into what the extraction worker hands the review.
import { extractImportFile } from '../../../src/app/import/extractImportFile.ts';
import type { ExtractedReportInput } from '../../../src/data/reviewState.ts';
import type { Dataset } from '../../../src/domain/types.ts';
import { encodeUtf8 } from './gbk.ts';

export const IMPORTED_AT = '2025-04-02T09:30:00.000Z';

/** An invented district market-regulation bureau: seven values, one derived. */
export const JINCHUAN_TEXT = [
  '金川区市场监督管理局2023年法治政府建设情况报告',
  '一、主要举措和成效',
  '全年受理行政复议案件45件，审核规范性文件12件。',
  '组织开展法治培训8场，培训干部560余人次。',
  '调解矛盾纠纷200件，调解成功180件。',
  '二、存在的不足',
  '三、主要负责人履行推进法治建设第一责任人职责情况',
  '四、下一步工作打算',
].join('\n');

/** An invented justice bureau of a real Shanghai district, without the last two required parts. */
export const QINGPU_TEXT = [
  '青浦区司法局2024年度法治政府建设情况报告',
  '一、主要举措和成效',
  '全年审核规范性文件30件，组织法治培训4场。',
  '二、存在的不足',
].join('\n');

export async function extracted(
  fileName: string,
  text: string,
  importedAt = IMPORTED_AT,
): Promise<ExtractedReportInput> {
  return extractImportFile(fileName, encodeUtf8(text), importedAt);
}

export const NO_KNOWN: Pick<Dataset, 'agencies' | 'reports'> = { agencies: [], reports: [] };
