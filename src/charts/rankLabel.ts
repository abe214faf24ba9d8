// A rank or rank range as shown on axes, tables and tooltips: "3", "1–2".
export function rankLabel(rank: { from: number; to: number }): string {
  return rank.from === rank.to ? String(rank.from) : `${rank.from}–${rank.to}`;
}
