// Positioned text of invented pages → paragraphs: what a reader of a printed report sees as one
// sentence stays one line of text, page furniture disappears.
import { describe, expect, it } from 'vitest';
import { type PdfPage, type PdfTextItem, pdfPagesToText } from '../../src/ingest/pdfLayout.ts';

const SIZE = 12;
const LEFT = 72;
const FULL = 36; // characters in a full line
const LINE = 18; // baseline step inside a paragraph

/** Lays paragraphs out like a word processor: left-aligned lines of FULL characters, a gap between paragraphs. */
function layout(paragraphs: readonly string[], opts: { top?: number; gap?: number; indent?: number } = {}) {
  const lines: { text: string; x: number; y: number }[] = [];
  let y = opts.top ?? 760;
  for (const p of paragraphs) {
    const indent = opts.indent ?? 0;
    let rest = p;
    let first = true;
    while (rest !== '') {
      const room = first ? FULL - indent : FULL;
      lines.push({ text: rest.slice(0, room), x: LEFT + (first ? indent * SIZE : 0), y });
      rest = rest.slice(room);
      first = false;
      y -= LINE;
    }
    y -= opts.gap ?? 0;
  }
  return lines;
}

const item = (str: string, x: number, y: number, size = SIZE): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size,
  size,
});

function pagesOf(
  lines: readonly { text: string; x: number; y: number }[],
  perPage: number,
  chrome: (page: number, pages: number) => PdfTextItem[] = () => [],
): PdfPage[] {
  const pages: PdfPage[] = [];
  const count = Math.ceil(lines.length / perPage);
  for (let p = 0; p < count; p++) {
    const body = lines.slice(p * perPage, (p + 1) * perPage).map((l, i) => item(l.text, l.x, 760 - i * LINE));
    pages.push({ height: 842, items: [...chrome(p + 1, count), ...body] });
  }
  return pages;
}

// Invented report text: each paragraph spans several lines and the second crosses a page break.
const PARAS = [
  '全年共收到行政复议申请二百一十件，其中受理一百八十件，审结一百六十件，纠错率为百分之五点二，较上年有所下降。',
  '组织开展法治宣传活动一百二十场次，覆盖辖区内全部街道和乡镇，发放宣传资料三万余份，接受群众咨询四千余人次，群众满意度持续提升。',
  '行政机关负责人出庭应诉率达到百分之百。',
  '调解各类矛盾纠纷一千二百件，调解成功一千一百八十件，调解成功率达到百分之九十八以上，未发生因调解不当引发的群体性事件。',
];

describe('pdfPagesToText', () => {
  it('joins wrapped lines into whole paragraphs, also across a page break', () => {
    const pages = pagesOf(layout(PARAS, { gap: 10 }), 5);
    expect(pages.length).toBeGreaterThan(1);
    expect(pdfPagesToText(pages)).toBe(PARAS.join('\n'));
  });

  it('keeps a line that stops short mid-sentence (the next word did not fit) in its paragraph', () => {
    const first = '组织开展普法宣传活动，发放资料';
    const rest = [
      '“12·4”宪法宣传周期间共开展活动二十场次，覆盖辖区内全部街道和乡镇以及园区企业。',
      '审结案件九十八件。',
    ];
    const page: PdfPage = {
      height: 842,
      items: [
        item(first, LEFT, 760),
        item(rest[0]!.slice(0, FULL), LEFT, 760 - LINE),
        item(rest[0]!.slice(FULL), LEFT, 760 - 2 * LINE),
        item(rest[1]!, LEFT, 760 - 3 * LINE - 10),
        item('全年受理行政复议申请二百件。', LEFT, 760 - 4 * LINE - 20),
      ],
    };
    expect(pdfPagesToText([page])).toBe(`${first}${rest[0]}\n${rest[1]}\n全年受理行政复议申请二百件。`);
  });

  it('finds paragraphs without spacing between them by their indented first lines', () => {
    // The first paragraph fills its last line to the margin: only the next line's indent ends it.
    const exact = `${'全年审核规范性文件十二件'.repeat(5)}审核合同一百一十件。`;
    expect(exact).toHaveLength(FULL * 2 - 2);
    const paras = [exact, ...PARAS];
    expect(pdfPagesToText(pagesOf(layout(paras, { indent: 2 }), 100))).toBe(paras.join('\n'));
  });

  it('removes running headers, footers and page numbers, even when a line looks like body text', () => {
    const chrome = (page: number, pages: number) => [
      item('2025/3/1 上午9:30', 20, 820, 8),
      item('某区2024年法治政府建设情况报告', 250, 820, 8),
      item('https://example.gov.cn/report.html', 20, 20, 8),
      item(`${page}/${pages}`, 560, 20, 8),
    ];
    const pages = pagesOf(layout(PARAS, { gap: 10 }), 5, chrome);
    expect(pdfPagesToText(pages)).toBe(PARAS.join('\n'));
  });

  it.each([['- 3 -'], ['— 3 —'], ['第3页'], ['第 3 页 共 9 页'], ['共9页 第3页'], ['3'], ['Page 3 of 9']])(
    'removes a page number printed as %s at the foot of a single page',
    (number) => {
      const page: PdfPage = {
        height: 842,
        items: [...pagesOf(layout(PARAS.slice(2, 3)), 10)[0]!.items, item(number, 290, 40)],
      };
      expect(pdfPagesToText([page])).toBe(PARAS[2]);
    },
  );

  it('keeps a short last body line that is not a page number, and a title on its own line', () => {
    const page: PdfPage = {
      height: 842,
      items: [
        item('某区司法局2024年法治政府建设情况报告', 150, 780, 16),
        ...pagesOf(layout(PARAS.slice(0, 1)), 10)[0]!.items,
        item('特此报告。', LEFT, 600),
      ],
    };
    expect(pdfPagesToText([page])).toBe(`某区司法局2024年法治政府建设情况报告\n${PARAS[0]}\n特此报告。`);
  });

  it('puts items of one line in reading order and spaces Latin words apart', () => {
    const page: PdfPage = {
      height: 842,
      items: [
        item('受理案件', LEFT + 5 * SIZE, 700),
        item('全年', LEFT, 700),
        item('12件。', LEFT + 9 * SIZE, 700),
      ],
    };
    expect(pdfPagesToText([page])).toBe('全年受理案件12件。');
    const latin: PdfPage = {
      height: 842,
      items: [
        { str: 'Annual', x: LEFT, y: 700, width: 36, size: 10 },
        { str: 'report', x: LEFT + 40, y: 700, width: 36, size: 10 },
      ],
    };
    expect(pdfPagesToText([latin])).toBe('Annual report');
  });

  it('gives no text for pages without text items (a scanned PDF)', () => {
    expect(
      pdfPagesToText([
        { height: 842, items: [] },
        { height: 842, items: [item('  ', 0, 0)] },
      ]),
    ).toBe('');
  });
});
