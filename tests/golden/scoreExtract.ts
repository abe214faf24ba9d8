// A TypeScript port of ../shared/tools/score_extract.py, so that the golden test prints the same
// figures as the script does on the same output (checked by hand on the same extraction).
export interface GoldRow {
  report: string;
  indicator: string;
  value: string;
  qualifier: string;
  tier: string;
  note: string;
}

export interface ScoredObservation {
  report: string;
  indicator: string;
  value: number;
  qualifier: string;
  derived: boolean;
  text: string;
}

export interface Score {
  found: number;
  required: number;
  recall: number;
  /** Emitted observations that are required, acceptable or merely not false. */
  truePositives: number;
  emitted: number;
  precision: number;
  negatives: string[];
  qualifierErrors: number;
  misses: string[];
  falsePositives: string[];
}

function qclass(q: string | undefined): string {
  const v = (q || 'exact').toLowerCase();
  if (v === 'exact' || v === 'derived' || v === '') return 'exact';
  if (v === 'more_than' || v === 'at_least') return 'lower';
  if (v === 'less_than' || v === 'at_most') return 'upper';
  if (v === 'nearly' || v === 'about' || v === 'approx' || v === 'approximately') return 'approx';
  return v;
}

/** `b` may list alternatives as 'x|y'. */
function close(a: number, b: string): boolean {
  return b.split('|').some((alt) => {
    const y = Number(alt);
    if (alt.trim() === '' || Number.isNaN(y) || Number.isNaN(a)) return false;
    return Math.abs(a - y) <= Math.max(0.051, 0.002 * Math.abs(y));
  });
}

/** Indicator pairs that the gold accepts for each other. */
const ALT: Record<string, string[]> = { 'training.officers_examined': ['training.participants'] };

export function scoreExtract(gold: readonly GoldRow[], all: readonly ScoredObservation[]): Score {
  const reports = new Set(gold.map((g) => g.report));
  const obs = all.filter((o) => reports.has(o.report));
  const used = obs.map(() => false);
  let found = 0;
  let missed = 0;
  let qualifierErrors = 0;
  const misses: string[] = [];
  for (const g of gold.filter((r) => r.tier === 'required')) {
    const ok = new Set(g.indicator.split('|'));
    for (const i of [...ok]) for (const alt of ALT[i] ?? []) ok.add(alt);
    let hit: number | null = null;
    for (let i = 0; i < obs.length; i++) {
      const o = obs[i]!;
      if (o.report === g.report && ok.has(o.indicator) && close(o.value, g.value)) {
        if (hit === null || !used[i]) hit = i;
        if (!used[i]) break;
      }
    }
    if (hit === null) {
      missed++;
      misses.push(`${g.report.slice(0, 3)} ${g.indicator}=${g.value} (${g.note})`);
      continue;
    }
    used[hit] = true;
    found++;
    const o = obs[hit]!;
    if (g.qualifier === 'derived') {
      if (!o.derived) {
        qualifierErrors++;
        misses.push(`${g.report.slice(0, 3)} ${g.indicator} not marked derived`);
      }
    } else if (qclass(o.qualifier) !== qclass(g.qualifier)) {
      qualifierErrors++;
      misses.push(
        `${g.report.slice(0, 3)} ${g.indicator}=${g.value} qualifier ${o.qualifier} != ${g.qualifier}`,
      );
    }
  }
  const negatives: string[] = [];
  const falsePositives: string[] = [];
  obs.forEach((o, i) => {
    if (used[i]) return;
    const here = gold.filter((g) => g.report === o.report && close(o.value, g.value));
    const neg = here.find((g) => g.tier === 'negative');
    const acc = here.some((g) => g.tier === 'acceptable' || g.tier === 'required');
    if (neg && !acc) negatives.push(`${o.report.slice(0, 3)} ${o.indicator}=${o.value} (${neg.note})`);
    else if (!acc)
      falsePositives.push(`${o.report.slice(0, 3)} ${o.indicator}=${o.value} «${o.text.slice(0, 30)}»`);
  });
  const required = found + missed;
  const usedCount = used.filter(Boolean).length;
  const truePositives = usedCount + (obs.length - usedCount - falsePositives.length - negatives.length);
  return {
    found,
    required,
    recall: required ? found / required : 0,
    truePositives,
    emitted: obs.length,
    precision: obs.length ? truePositives / obs.length : 0,
    negatives,
    qualifierErrors,
    misses,
    falsePositives,
  };
}
