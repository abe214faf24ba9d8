import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/htmlToText.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>站点标题</title><style>p{color:red}</style></head><body>${body}</body></html>`;

describe('htmlToText keeps the report and drops the page around it', () => {
  it.each([
    ['paragraphs become lines', '<p>第一段。</p><p>第二段。</p>', '第一段。\n第二段。'],
    ['<br> breaks a line', '受理120件<br>审结98件<br/>', '受理120件\n审结98件'],
    ['inline tags do not break a line', '<p>受理<span>120</span><b>件</b></p>', '受理120件'],
    [
      'source newlines between CJK text vanish',
      '<p>全年共受理\n    120件，\n审结98件。</p>',
      '全年共受理120件，审结98件。',
    ],
    ['source newlines between Latin words become a space', '<p>rule\n  of law</p>', 'rule of law'],
    [
      'table cells are separated by spaces',
      '<table><tr><td>受理</td><td>120件</td></tr><tr><th>审结</th><td>98件</td></tr></table>',
      '受理 120件\n审结 98件',
    ],
    [
      'script, style and noscript are dropped',
      '<p>正文</p><script>document.write("<p>假</p>")</script><style>.a{}</style><noscript>请启用脚本</noscript>',
      '正文',
    ],
    ['an unclosed script hides the rest, as in a browser', '<p>正文</p><script>var x = 1;<p>假</p>', '正文'],
    ['comments are dropped', '<p>正<!-- 注释 <p>假</p> -->文</p>', '正文'],
    [
      'nav, header, footer, aside, form and button are dropped',
      '<header>网站头</header><nav>导航</nav><p>正文</p><aside>侧栏</aside><form><input>搜索</form><button>提交</button><footer>页脚</footer>',
      '正文',
    ],
    [
      'an article header holds the title and is kept',
      '<article><header><h1>2024年报告</h1></header><p>正文</p></article>',
      '2024年报告\n正文',
    ],
    [
      'chrome classes and ids are dropped',
      '<div class="breadcrumb">首页 &gt; 通知</div><div id="mainNav">导航</div><div class="share-box">微信</div><div class="con_position">位置</div><div class="sidebar">侧栏</div><p>正文</p>',
      '正文',
    ],
    [
      'chrome element nesting is followed to its end',
      '<div class="menu"><div>一</div><div>二</div></div><div>正文</div>',
      '正文',
    ],
    [
      'a content header class is kept',
      '<div class="article-header"><h1>某区司法局2024年法治政府建设情况报告</h1></div>',
      '某区司法局2024年法治政府建设情况报告',
    ],
    [
      'hidden elements are dropped',
      '<p style="display: none">隐藏</p><p hidden>隐藏</p><div role="navigation">导航</div><p>正文</p>',
      '正文',
    ],
    ['a missing </head> does not hide the body', '<head><title>t</title><body><p>正文</p>', '正文'],
    ['a chrome <p> is closed by the next block', '<p class="share">分享<div>正文</div>', '正文'],
    [
      'named and numeric entities are decoded',
      '<p>A&amp;B&nbsp;&lt;x&gt; &ldquo;法&rdquo; &#x4E00;&#19968; &copy; &unknown; &amp</p>',
      'A&B <x> “法” 一一 © &unknown; &',
    ],
    ['markup-like entities stay text', '<p>&lt;script&gt;正文&lt;/script&gt;</p>', '<script>正文</script>'],
    ['a stray < is text', '<p>a < b 且 3<5</p>', 'a < b 且 3<5'],
    ['full-width indentation is trimmed', '<p>\u3000\u3000全年共受理120件。</p>', '全年共受理120件。'],
  ])('%s', (_name, body, expected) => {
    expect(htmlToText(page(body))).toBe(expected);
  });
});

describe('htmlToText removes chrome lines that sit in plain markup', () => {
  it.each([
    ['当前位置：首页 > 政务公开 > 法治政府建设'],
    ['您现在的位置：首页 > 通知公告'],
    ['首页 > 政务公开'],
    ['分享到：微信 微博'],
    ['扫一扫在手机打开当前页'],
    ['打印本页'],
    ['关闭窗口'],
    ['【字体：大 中 小】'],
    ['【打印本页】 【关闭窗口】'],
    ['上一篇：关于开展普法活动的通知'],
    ['版权所有：某区人民政府办公室'],
    ['沪ICP备12345678号'],
  ])('%s', (chrome) => {
    expect(htmlToText(page(`<div>${chrome}</div><p>全年共受理120件。</p>`))).toBe('全年共受理120件。');
  });

  it('keeps the rest of a line that carries a widget', () => {
    expect(htmlToText(page('<div>发布时间：2024-03-15 【字体：大 中 小】 【打印本页】</div>'))).toBe(
      '发布时间：2024-03-15',
    );
  });

  it('keeps report prose that merely mentions a chrome word', () => {
    const prose = '首页设置法治专栏，全年发布普法信息356条，分享到基层社区的案例12个。';
    expect(htmlToText(page(`<p>${prose}</p>`))).toBe(prose);
  });
});

describe('htmlToText is linear on hostile input', () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

  it.each([
    ['nested unclosed divs', fill('<div><span>')],
    ['stray end tags', fill('</div></p>')],
    ['deep nesting, then end tags that match nothing', fill('<div>') + fill('</span>')],
    ['deep nesting closed from the outside', `<section>${fill('<div><b>')}</section>`],
    ['unclosed tags with attributes', fill('<a href=x class=nav ')],
    ['an unclosed quote then tags', `<div class="${fill('<p>x')}`],
    ['unclosed comments', fill('<!-- <p>')],
    ['many unclosed raw-text elements', fill('<script>')],
    ['alternating chrome and text', fill('<div class="nav">导航<div>正文</div>')],
    ['entities without semicolons', fill('&amp&#1234&nbsp')],
    ['many lines', fill('<p>受理120件</p>\n')],
    ['lots of whitespace', fill(' \n\t')],
  ])('%s (1 MB)', (_name, html) => {
    const started = performance.now();
    htmlToText(html);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
