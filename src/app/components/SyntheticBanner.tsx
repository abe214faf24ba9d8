// Always visible while synthetic data is shown, so no screenshot of it can pass for real numbers.
import type { Lang } from '../../domain/lang.ts';
import { t } from '../../format/messages.ts';

export function SyntheticBanner({ lang }: { lang: Lang }) {
  return (
    <aside className="banner banner-synthetic" aria-label="合成数据 / synthetic data">
      <span lang="zh-CN">合成数据</span> / <span lang="en">synthetic data</span> —{' '}
      {t(lang, 'synthetic.banner')}
    </aside>
  );
}
