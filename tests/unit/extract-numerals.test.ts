import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/extract/chineseNumber.ts';
import { normalizeForMatching } from '../../src/extract/normalize.ts';
import { scanMentions } from '../../src/extract/scanMentions.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十', 120],
    ['两千', 2000],
    ['两千五', 2500],
    ['三千五百', 3500],
    ['千', 1000],
    ['百', 100],
    ['一万二千', 12000],
    ['三万五', 35000],
    ['一千零八', 1008],
    ['两亿', 200000000],
    ['九十九点九', 99.9],
    ['三点二万', 32000],
    ['一千二百点五', 1200.5],
    ['零点五', 0.5],
    ['十二点零五', 12.05],
    ['一点五亿', 150000000],
    ['二点三四五六七万', 23456.7],
  ])('%s → %d', (run, value) => {
    expect(parseChineseNumber(run)).toBe(value);
  });

  it.each([
    '十四五',
    '四五',
    '三一',
    '百十千',
    '点五',
    '三点',
    '三点二十',
    '三点两',
    '一万二点五万',
    '三点二千',
  ])('%s is not a number', (run) => {
    expect(parseChineseNumber(run)).toBeNull();
  });
});

/** Value, unit and qualifier of the only mention in a phrase. */
function one(phrase: string) {
  const ms = scanMentions(normalizeForMatching(phrase));
  expect(ms, phrase).toHaveLength(1);
  const m = ms[0]!;
  return { value: m.value, unit: m.unit, qualifier: m.qualifier, text: phrase.slice(m.start, m.end) };
}

describe('scanMentions: numbers with measure words', () => {
  it.each([
    ['办理案件120件', 120, '件', 'exact', '120件'],
    ['开展活动770余次', 770, '次', 'more_than', '770余次'],
    ['培训干部两千余人', 2000, '人', 'more_than', '两千余人'],
    ['组织学习十余次', 10, '次', 'more_than', '十余次'],
    ['举办近千场讲座', 1000, '场', 'nearly', '近千场'],
    ['开展百余场活动', 100, '场', 'more_than', '百余场'],
    ['覆盖1.1万人次', 11000, '人次', 'exact', '1.1万人次'],
    ['服务群众3.2万件', 32000, '件', 'exact', '3.2万件'],
    ['挽回损失812.63万元', 8126300, '元', 'exact', '812.63万元'],
    ['受理１２８件申请', 128, '件', 'exact', '１２８件'],
    ['受理 96 件申请', 96, '件', 'exact', '96 件'],
    ['合计1,613件', 1613, '件', 'exact', '1,613件'],
    ['约300份资料', 300, '份', 'about', '约300份'],
    ['发放资料300份左右', 300, '份', 'about', '300份左右'],
    ['人均学时达40小时以上', 40, '小时', 'at_least', '40小时以上'],
    ['不少于12学时', 12, '学时', 'at_least', '不少于12学时'],
    ['至少5次', 5, '次', 'at_least', '至少5次'],
    ['不到10家', 10, '家', 'less_than', '不到10家'],
    ['不足8人', 8, '人', 'less_than', '不足8人'],
    ['超过500人次', 500, '人次', 'more_than', '超过500人次'],
    ['逾两万人', 20000, '人', 'more_than', '逾两万人'],
    ['将近200篇', 200, '篇', 'nearly', '将近200篇'],
    ['30人以下', 30, '人', 'at_most', '30人以下'],
    ['不超过15件', 15, '件', 'at_most', '不超过15件'],
    ['成功率为97.3%', 97.3, '%', 'exact', '97.3%'],
    ['成功率为９７．３％', 97.3, '%', 'exact', '９７．３％'],
    ['占比五分之一以上', 20, '%', 'at_least', '五分之一以上'],
    ['约三分之二', 66.67, '%', 'about', '约三分之二'],
    ['达到百分之九十五', 95, '%', 'exact', '百分之九十五'],
    ['提高3.5个百分点', 3.5, '个百分点', 'exact', '3.5个百分点'],
    ['办理案件1 856件', 1856, '件', 'exact', '1 856件'],
    ['提供咨询 12 560 人次', 12560, '人次', 'exact', '12 560 人次'],
    ['合计１，２０５件', 1205, '件', 'exact', '１，２０５件'],
    ['合计1，205件', 1205, '件', 'exact', '1，205件'],
    ['受众 12.6 万人次', 126000, '人次', 'exact', '12.6 万人次'],
    ['调解纠纷1.13万件', 11300, '件', 'exact', '1.13万件'],
    ['占比约为五分之一', 20, '%', 'about', '约为五分之一'],
    ['开展活动超1000场', 1000, '场', 'more_than', '超1000场'],
    ['调解纠纷突破1万件', 10000, '件', 'more_than', '突破1万件'],
    ['开展宣传上千场', 1000, '场', 'more_than', '上千场'],
    ['败诉率控制在5%以内', 5, '%', 'at_most', '5%以内'],
    ['服务群众三点二万件', 32000, '件', 'exact', '三点二万件'],
    ['满意率九十九点九%', 99.9, '%', 'exact', '九十九点九%'],
    ['满意率达百分之九十九点九', 99.9, '%', 'exact', '百分之九十九点九'],
    ['惠及群众一千二百点五人次', 1200.5, '人次', 'exact', '一千二百点五人次'],
    ['挽回损失一点五亿元', 150000000, '元', 'exact', '一点五亿元'],
    ['约三点五万人', 35000, '人', 'about', '约三点五万人'],
    ['覆盖十二点六万余人次', 126000, '人次', 'more_than', '十二点六万余人次'],
    ['结余-5件', -5, '件', 'exact', '-5件'],
    ['结余－5件', -5, '件', 'exact', '－5件'],
    ['结余\u22125件', -5, '件', 'exact', '\u22125件'],
    ['同比增长－3.5%', -3.5, '%', 'exact', '－3.5%'],
    ['变动+2个百分点', 2, '个百分点', 'exact', '+2个百分点'],
  ])('%s → %d %s %s', (phrase, value, unit, qualifier, text) => {
    expect(one(phrase)).toEqual({ value, unit, qualifier, text });
  });

  it('keeps offsets into the original text with full-width digits', () => {
    const original = '全年受理案件１２３件。';
    const [m] = scanMentions(normalizeForMatching(original));
    expect(original.slice(m!.start, m!.end)).toBe('１２３件');
  });

  it.each([
    '2024年',
    '1月16日',
    '第四届',
    '〔2024〕34号',
    '6.0版',
    '12348热线',
    '3+N',
    '十四五',
    '三会一课',
    '七进',
  ])('%s has no measure word, so no mention', (phrase) => {
    expect(scanMentions(normalizeForMatching(phrase))).toEqual([]);
  });

  it.each([
    '举办讲座数百场',
    '开展培训数十次',
    '发放资料几千份',
    '开展活动三四十场',
    '组织培训七八次',
    '召开会议一两次',
    '开展活动两三场',
  ])('%s is an estimate, not a count', (phrase) => {
    expect(scanMentions(normalizeForMatching(phrase))).toEqual([]);
  });

  it.each([
    ['2024年 12 月办理案件1 856件', [1856]],
    ['受理 2 3 4 件，办结 1 234 件', [234, 1234]],
    ['共 12 1234 件，另 1 234 件', [121234, 1234]],
    ['2024,120件', [120]],
  ])('%s: a space or comma joins only a group of exactly three digits', (phrase, values) => {
    expect(scanMentions(normalizeForMatching(phrase)).map((m) => m.value)).toEqual(values);
  });

  it.each([
    ['受理 9 3 2 件', '9 3 2 件'],
    ['受理 2 3 4 件，办结 1 234 件', '2 3 4 件'],
    ['共 12 1234 件', '12 1234 件'],
    ['办理 5  32件', '5  32件'],
  ])('%s: digits broken by spaces other than in groups of three have no sure reading', (phrase, text) => {
    const doubtful = scanMentions(normalizeForMatching(phrase)).filter((m) => m.doubt);
    expect(doubtful.map((m) => phrase.slice(m.start, m.end))).toEqual([text]);
  });

  it.each(['3-5件', '3 - 5件', '1——5件', 'A-5件', '(1)-5件'])(
    '%s: a dash after a number, a dash or a letter is no sign',
    (phrase) => {
      for (const m of scanMentions(normalizeForMatching(phrase))) expect(m.value).toBeGreaterThan(0);
    },
  );

  it.each([
    ['九十九点九%', [99.9]],
    ['形成一点一站一室', []],
    ['三点二点五件', []],
    ['上午九点开会，参会30人', [30]],
  ])('%s: never reads the tail after 点 as a number of its own', (phrase, values) => {
    expect(scanMentions(normalizeForMatching(phrase)).map((m) => m.value)).toEqual(values);
  });

  it('reads 数 after a noun (人数百余人) as part of the noun, not as "some"', () => {
    expect(scanMentions(normalizeForMatching('参训人数百余人，举办讲座数百场')).map((m) => m.value)).toEqual([
      100,
    ]);
  });
});

describe('scanMentions: a run that is not one number', () => {
  it('reads no tail of it, however long the run', () => {
    const run = `${'三四'.repeat(16)}十五件`; // 32 numerals, the longest run read as one, then a tail
    expect(scanMentions(normalizeForMatching(`共${run}`))).toEqual([]);
  });

  it('reads no number from a run longer than any number, even when it starts like one', () => {
    const run = `零点${'一'.repeat(30)}五件`; // 33 numerals: its first 32 alone would read as 0.111…
    expect(scanMentions(normalizeForMatching(`共${run}`))).toEqual([]);
  });
});
