// Page furniture that survives tag-based removal because sites put it in plain <div>s or <td>s.
// Patterns are anchored and have no nested quantifiers, so they stay linear on any line.

// Widgets that share a line with useful text ("发布时间：2024-03-01 【字体：大 中 小】").
const INLINE_CHROME =
  /【\s*字[体号]\s*[:：]?[^】]{0,20}】|【\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|我要纠错|纠错)\s*】|\[\s*(?:打印本页|打印|关闭窗口|关闭)\s*\]/g;

const CHROME_LINE: readonly RegExp[] = [
  /^(?:当前位置|当前所在位置|您的位置|你的位置|您现在的位置|您当前的位置|您当前位置|所在位置)/,
  /^(?:首页|网站首页)\s*[>＞»›/]/,
  /^分享到/,
  /^分享\s*[:：]?$/,
  /^扫一扫/,
  /^(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|加入收藏|设为首页|字体\s*[:：]?\s*[大中小\s]*)$/,
  /^(?:上一篇|下一篇)\s*[:：]/,
  /^(?:版权所有|主办单位|承办单位|网站标识码|网站地图|联系我们|技术支持)/,
  /(?:ICP备|公网安备)\s*\d/,
];

// Long lines are report prose, whatever they start with.
const MAX_CHROME_LINE = 120;

/** Removes page widgets from one line of visible text; '' when the whole line is chrome. */
export function stripChrome(line: string): string {
  const text =
    line.includes('【') || line.includes('[')
      ? line.replace(INLINE_CHROME, '').replace(/ {2,}/g, ' ').trim()
      : line;
  if (text.length <= MAX_CHROME_LINE && CHROME_LINE.some((re) => re.test(text))) return '';
  return text;
}
