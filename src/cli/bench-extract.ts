// npm run bench:extract — end-to-end extraction throughput, one JSON line on stdout:
// {"mb": …, "seconds": …, "mb_per_s": …}
// The corpus is generated from our own sentences (never the shared reports) and is run through
// exactly the command's pipeline: list → read → decode → extractReport → ndjson, into a sink
// that only counts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFiles } from './extractFiles.ts';
import { ndjsonSink } from './extractSinks.ts';
import { listInputFiles } from './listInputFiles.ts';

const FILES = 200;
const FILE_BYTES = 256 * 1024;

// Deterministic, so every run measures the same corpus.
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Pick = (lo: number, hi: number) => number;

const DISTRICTS = ['东湖区', '西城新区', '南岭县', '北塘区', '青山镇', '临江区', '白沙县', '云溪区'];
const AGENCIES = ['人民政府', '司法局', '市场监督管理局', '生态环境局', '交通运输局', '应急管理局'];

const ACHIEVEMENTS: readonly ((n: Pick) => string)[] = [
  (n) => `全年共收到行政复议申请${n(100, 2000)}件，受理${n(80, 1500)}件，审结案件${n(60, 1400)}件。`,
  (n) => `行政机关负责人出庭应诉率达到${n(90, 100)}%，较上年提高${n(1, 9)}个百分点。`,
  (n) => `各级人民调解组织排查化解矛盾纠纷${n(500, 9000)}件，调解成功${n(400, 8800)}件。`,
  (n) =>
    `组织开展法治宣传活动${n(20, 900)}余场，发放宣传资料${n(1, 9)}.${n(0, 9)}万份，覆盖群众约${n(1000, 90000)}人次。`,
  (n) => `审核规范性文件${n(5, 90)}件，审查各类合同${n(50, 900)}份，提出法律意见${n(10, 400)}条。`,
  (n) => `举办领导干部学法专题讲座${n(3, 40)}次，参训干部${n(100, 5000)}人次，人均学法${n(20, 80)}学时。`,
  (n) => `主动公开政府信息${n(300, 9000)}条，办理依申请公开${n(10, 600)}件，均在法定期限内答复。`,
  (n) => `党组理论学习中心组集体学法${n(4, 24)}次，常务会议会前学法${n(6, 30)}次。`,
  (n) => `开展公平竞争审查${n(10, 300)}件，清理涉及市场主体的文件${n(3, 60)}件。`,
  (n) => `行政执法人员${n(200, 3000)}人参加法律知识考试，合格率${n(95, 100)}%。`,
];
// Real reports are mostly prose: about one observation per 500–1,000 bytes in the shared corpus.
// Mixing these in at PROSE_PER_NUMBER keeps the generated density in that range.
const PROSE: readonly string[] = [
  '坚持把法治建设摆在全局工作的突出位置，持续完善议事规则和决策程序。',
  '深入推进严格规范公正文明执法，全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度。',
  '依托政务服务平台优化办事流程，群众办事更加便捷高效。',
  '健全重大行政决策公众参与、专家论证、风险评估和合法性审查机制，决策质量不断提高。',
  '加强行政复议规范化建设，畅通申请渠道，推动行政争议实质性化解。',
  '完善矛盾纠纷多元化解机制，推动人民调解、行政调解、司法调解衔接联动。',
  '聚焦群众关心的热点问题，组织法律顾问深入社区开展法律咨询服务。',
  '持续推进包容审慎监管，对轻微违法行为依法不予处罚或减轻处罚。',
  '围绕优化营商环境，梳理涉企行政检查事项，减少对市场主体正常生产经营活动的干扰。',
  '将学法用法情况纳入干部年度考核内容，推动领导干部带头尊法学法守法用法。',
  '加强法律顾问和公职律师队伍建设，充分发挥其在依法决策中的参谋作用。',
  '认真办理人大代表建议和政协委员提案，主动接受各方面监督。',
  '建立健全行政执法与刑事司法衔接机制，形成执法合力。',
  '推动政务公开标准化规范化，及时回应社会关切。',
  '以案释法、以案普法，把普法融入执法办案全过程。',
];
const PROSE_PER_NUMBER = 6;

const SHORTCOMINGS: readonly ((n: Pick) => string)[] = [
  () => '一是基层法治力量相对薄弱，专业人才较为缺乏。',
  () => '二是法治宣传的针对性和实效性有待提升，形式较为单一。',
  (n) => `三是个别执法单位案卷评查得分低于${n(80, 90)}分，规范化水平仍需提高。`,
];
const DUTIES: readonly ((n: Pick) => string)[] = [
  (n) => `主要负责人认真履行推进法治建设第一责任人职责，全年专题听取法治工作汇报${n(2, 8)}次。`,
  () => '将法治建设纳入年度绩效考核，压紧压实各级领导干部的法治责任。',
];
const PLANS: readonly ((n: Pick) => string)[] = [
  (n) => `力争全年行政复议纠错率保持在${n(5, 15)}%以内，调解成功率稳定在${n(95, 99)}%以上。`,
  () => '持续深化法治政府示范创建，推动法治建设与中心工作深度融合。',
];

function reportText(index: number): string {
  const rand = lcg(index + 1);
  const n: Pick = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const agency = `${pick(DISTRICTS)}${pick(AGENCIES)}`;
  const parts: string[] = [`${agency}2024年法治政府建设情况报告`, `（2025年${n(1, 3)}月${n(1, 28)}日）`];
  let bytes = 0;
  const add = (line: string) => {
    parts.push(line);
    bytes += new TextEncoder().encode(line).length + 1;
  };
  const section = (heading: string, sentences: readonly ((n: Pick) => string)[], count: number) => {
    add(heading);
    for (let p = 0; p < count; p++) {
      let paragraph = '';
      for (let s = 0; s < 5; s++) {
        paragraph += rand() * (PROSE_PER_NUMBER + 1) < 1 ? pick(sentences)(n) : pick(PROSE);
      }
      add(paragraph);
    }
  };
  for (let round = 1; bytes < FILE_BYTES; round++) {
    section(`一、2024年推进法治政府建设的主要举措和成效（第${round}部分）`, ACHIEVEMENTS, 12);
    section('二、存在的不足和原因', SHORTCOMINGS, 2);
    section('三、党政主要负责人履行推进法治建设第一责任人职责情况', DUTIES, 2);
    section('四、2025年推进法治政府建设的主要安排', PLANS, 2);
  }
  return parts.join('\n');
}

// Mostly plain UTF-8 text, with some Windows-style and HTML files so every decode path is timed.
function fileFor(index: number): { name: string; bytes: Uint8Array } {
  const text = reportText(index);
  const id = String(index).padStart(3, '0');
  if (index % 10 === 3) {
    const body = text
      .split('\n')
      .map((line) => `<p>${line}</p>`)
      .join('\n');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body><div class="crumb">当前位置：首页 &gt; 政务公开</div>${body}<div class="footer">版权所有</div></body></html>`;
    return { name: `${id}.html`, bytes: new TextEncoder().encode(html) };
  }
  if (index % 10 === 7) {
    const crlf = new TextEncoder().encode(`\ufeff${text.replaceAll('\n', '\r\n')}`);
    return { name: `${id}.txt`, bytes: crlf };
  }
  return { name: `${id}.txt`, bytes: new TextEncoder().encode(text) };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-extract-'));
  try {
    let totalBytes = 0;
    for (let i = 0; i < FILES; i++) {
      const { name, bytes } = fileFor(i);
      totalBytes += bytes.length;
      await writeFile(join(dir, name), bytes);
    }
    let sunk = 0;
    // The command's own ndjson writer, into a stream that only counts.
    const sink = ndjsonSink({
      name: 'bench',
      write: async (chunk) => {
        sunk += chunk.length;
      },
      close: async () => undefined,
    });
    const started = performance.now();
    for await (const outcome of extractFiles(await listInputFiles([dir]))) {
      if (!outcome.ok) throw new Error(`${outcome.path}: ${outcome.reason}`);
      await sink.file(outcome.file);
    }
    await sink.end();
    const seconds = (performance.now() - started) / 1000;
    if (sunk === 0) throw new Error('nothing was serialised');
    const mb = totalBytes / 2 ** 20;
    const round = (x: number) => Math.round(x * 100) / 100;
    process.stdout.write(
      `${JSON.stringify({ mb: round(mb), seconds: round(seconds), mb_per_s: round(mb / seconds) })}\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
