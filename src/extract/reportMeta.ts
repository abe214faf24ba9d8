// Title, agency, year and publication date read from the report text.

const CHROME =
  /^(当前位置|来源|发布时间|发布日期|发文机构|索引号|分享|打印|关闭|字号|【|首页|扫一扫|•|·|\[bookmark)/;
const TITLE = /(法治政府建设|依法行政|法治建设).{0,16}(报告|情况)\s*$/;
const REPORT_PHRASE = /现将(.{2,40}?)(\d{4})年度?(.{0,24}?)(报告如下|报告)/;

export interface ReportMeta {
  title: string;
  agency: string;
  year: number | null;
  published: string | null;
}

function cleanLine(line: string): string {
  return line.replace(/\[bookmark:[^\]]*\]/g, '').replace(/^[\s•·]+|\s+$/g, '');
}

function agencyFromTitle(title: string): string {
  // "宝山区司法局2024年法治政府建设工作报告" → 宝山区司法局; "2024年长宁区法治政府建设情况报告" → 长宁区
  const t = title.replace(/关于/g, '');
  const m = /^(.*?)(\d{4})\s*年度?(.*?)(法治政府建设|依法行政|法治建设)/.exec(t);
  if (!m) return '';
  const before = m[1]!.trim();
  return before.length > 0 ? before : m[3]!.trim();
}

function isoDate(y: string, mo: string, d: string): string {
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const LABELLED_DATE =
  /(发布日期|发布时间|成文日期|日期)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

/** The text of its last n lines: text.split('\n').slice(-n).join('\n'), without splitting it all. */
function lastLines(text: string, n: number): string {
  let at = text.length;
  for (let k = 0; k < n; k++) {
    if (at === 0) return text; // (lastIndexOf from -1 would find a break at 0 again)
    at = text.lastIndexOf('\n', at - 1);
    if (at < 0) return text;
  }
  return text.slice(at + 1);
}

function readPublished(text: string): string | null {
  // Every label ends in 日期 or is 发布时间: a native substring search rules most texts out faster
  // than the regex can.
  const labelled = text.includes('日期') || text.includes('发布时间') ? LABELLED_DATE.exec(text) : null;
  if (labelled) return isoDate(labelled[2]!, labelled[3]!, labelled[4]!);
  // A signature date alone on one of the last lines: "2025年1月16日".
  const lines = lastLines(text, 8).split('\n');
  for (const line of lines) {
    const m = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/.exec(line);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
  }
  return null;
}

export function readReportMeta(original: string): ReportMeta {
  const lines = original
    .slice(0, 4000)
    .split('\n')
    .map(cleanLine)
    .filter((l) => l.length > 0);
  let title = '';
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const line = lines[i]!;
    if (CHROME.test(line) || line.length > 60) continue;
    if (TITLE.test(line)) {
      title = line;
      // Agency on the line above a title that starts with the year (two-line titles).
      const prev = lines[i - 1];
      if (
        /^\d{4}/.test(line) &&
        prev &&
        !CHROME.test(prev) &&
        prev.length <= 40 &&
        !/[。:：，,]/.test(prev)
      ) {
        title = prev + line;
      }
      break;
    }
  }
  const source = /来源\s*[:：]\s*([^\s　]{2,40})/.exec(original.slice(0, 2000));
  const phrase = REPORT_PHRASE.exec(original.slice(0, 6000));
  let agency = title ? agencyFromTitle(title) : '';
  if (
    source &&
    (agency === '' || (source[1]!.length > agency.length && /委员会|局|政府|办公室/.test(source[1]!)))
  ) {
    agency = source[1]!;
  }
  if (!agency && phrase) agency = phrase[1]!.replace(/^(我|本)(区|局|委|办)?/, '').trim();
  let year: number | null = null;
  const ty = /(\d{4})\s*年/.exec(title);
  if (ty) year = Number(ty[1]);
  else if (phrase) year = Number(phrase[2]);
  if (!title && phrase && agency) title = `${agency}${phrase[2]}年度${phrase[3]!.replace(/^的/, '')}报告`;
  return { title, agency, year, published: readPublished(original) };
}
