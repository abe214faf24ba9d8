// Old binary Word documents (.doc) → paragraphs, from files built at test time and from the
// fixture made by a word processor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docToText } from '../../src/ingest/docToText.ts';
import { IngestError } from '../../src/ingest/IngestError.ts';
import { describeWithShared, sharedPath } from '../shared.ts';
import { buildDoc } from './helpers/doc.ts';

const P1 = '某区司法局2024年法治政府建设情况报告';
const P2 = '全年共受理行政复议案件120件，审结98件。';

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await docToText(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  return (error as IngestError).message;
}

describe('docToText', () => {
  it('reads the paragraphs of the main document through the piece table', async () => {
    expect(await docToText(buildDoc([{ text: `${P1}\r${P2}\r` }]))).toBe(`${P1}\n${P2}`);
  });

  it('joins pieces stored as UTF-16 and as 8-bit text, and leaves out headers and footnotes', async () => {
    const doc = buildDoc([{ text: '全年举办培训' }, { text: ' 12 ', compressed: true }, { text: '期。\r' }], {
      trailing: '页眉：某区司法局\r',
    });
    expect(await docToText(doc)).toBe('全年举办培训 12 期。');
  });

  it('keeps the shown result of a field, not its code, and turns cell and line marks into line ends', async () => {
    const doc = buildDoc([
      { text: `审结\u0013 PAGE \\* MERGEFORMAT \u001498\u0015件。\u0007下一格\u000b换行\r` },
    ]);
    expect(await docToText(doc)).toBe('审结98件。\n下一格\n换行');
  });

  it('refuses what it cannot read with a reason and advice', async () => {
    expect(await refusal(new TextEncoder().encode(P2))).toMatch(
      /not an old Word document; save it as \.docx/,
    );
    expect(await refusal(buildDoc([{ text: P2 }], { encrypted: true }))).toMatch(/password-protected/);
    expect(await refusal(buildDoc([{ text: P2 }], { noTable: true }))).toMatch(
      /damaged \(no 1Table stream\); open it in Word or WPS and save it as \.docx/,
    );
    const truncated = buildDoc([{ text: P2 }]).slice(0, 600);
    expect(await refusal(truncated)).toMatch(/cannot read \.doc: /);
  });
});

describeWithShared('docToText on a .doc written by a word processor', () => {
  it('gives the paragraphs of the corpus report it was made from', async () => {
    const text = await docToText(new Uint8Array(readFileSync(sharedPath('fixtures', 'report-002.doc'))));
    const lines = (s: string) =>
      s
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    expect(lines(text)).toEqual(
      lines(readFileSync(sharedPath('corpus', '002_e74daa1a8bc6bbfa.txt'), 'utf8')),
    );
  });
});
