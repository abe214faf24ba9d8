// The user's layer as separate records: each imported report, each review decision, each batch
// of dataset files and each agency of the layer is one record, so two tabs that change different
// things never overwrite each other, and a write that fails (a full quota) costs only the records
// it carried. Pure: the IndexedDB backend stores these records, the layer store diffs and merges.

import {
  EMPTY_USER_LAYER,
  type ImportedDatasetBatch,
  type ImportedReport,
  type ReviewDecision,
  type UserLayer,
} from '../../data/importLayer.ts';
import type { Agency } from '../../domain/types.ts';
import { checkAgency, checkDatasetBatch, checkDecision, checkStoredReport } from './validateRecord.ts';

export type RecordKind = 'reports' | 'decisions' | 'datasets' | 'agencies';
export const RECORD_KINDS: readonly RecordKind[] = ['reports', 'decisions', 'datasets', 'agencies'];

/** An imported report without its decisions. */
export type StoredReport = Omit<ImportedReport, 'decisions'>;
export interface StoredDecision {
  reportId: string;
  observationId: string;
  decision: ReviewDecision;
}

interface ValueOf {
  reports: StoredReport;
  decisions: StoredDecision;
  datasets: ImportedDatasetBatch;
  agencies: Agency;
}

/** One stored record as IndexedDB holds it; `order` keeps the layer's import order across tabs. */
export interface StoredRecord {
  kind: RecordKind;
  key: string;
  order: number;
  value: unknown;
}

/** A record that could not be used: kept where it was (or in the set-aside store), and named. */
export interface SetAsideRecord {
  kind: RecordKind | 'layer';
  key: string;
  reason: string;
}

/** Records by kind and key, in layer order. Values are shared with the layer they came from. */
export type Entries = { [K in RecordKind]: Map<string, ValueOf[K]> };

export interface RecordRef {
  kind: RecordKind;
  key: string;
}

export type RecordOp =
  | { kind: RecordKind; key: string; order: number; value: unknown }
  | { kind: RecordKind; key: string; delete: true };

const decisionKey = (reportId: string, observationId: string) => JSON.stringify([reportId, observationId]);

const emptyEntries = (): Entries => ({
  reports: new Map(),
  decisions: new Map(),
  datasets: new Map(),
  agencies: new Map(),
});

// The reducer keeps unchanged parts by reference, so a stored report is rebuilt per call but its
// parts compare by identity; decisions are tiny and compared by value.
const SAME: { [K in RecordKind]: (a: ValueOf[K], b: ValueOf[K]) => boolean } = {
  reports: (a, b) =>
    a.report === b.report &&
    a.extracted === b.extracted &&
    a.text === b.text &&
    a.source === b.source &&
    a.candidates === b.candidates &&
    a.added === b.added &&
    a.reviewComplete === b.reviewComplete,
  decisions: (a, b) => {
    const x = a.decision;
    const y = b.decision;
    if (x.status !== y.status) return false;
    return (
      x.status !== 'corrected' ||
      (y.status === 'corrected' && x.value === y.value && x.qualifier === y.qualifier)
    );
  },
  datasets: (a, b) => a === b,
  agencies: (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b),
};

export function sameRecord<K extends RecordKind>(
  kind: K,
  a: ValueOf[K] | undefined,
  b: ValueOf[K] | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return SAME[kind](a, b);
}

export function layerEntries(layer: UserLayer): Entries {
  const e = emptyEntries();
  for (const r of layer.reports) {
    const { decisions, ...stored } = r;
    e.reports.set(r.report.id, stored);
    for (const [observationId, decision] of Object.entries(decisions)) {
      e.decisions.set(decisionKey(r.report.id, observationId), {
        reportId: r.report.id,
        observationId,
        decision,
      });
    }
  }
  for (const b of layer.datasets) e.datasets.set(b.id, b);
  for (const a of layer.agencies) e.agencies.set(a.id, a);
  return e;
}

/**
 * The layer the entries describe. Decisions whose report is gone (another tab removed it while
 * this one decided) have nothing to attach to and are left out.
 */
export function entriesLayer(e: Entries): UserLayer {
  const decisions = new Map<string, Record<string, ReviewDecision>>();
  for (const d of e.decisions.values()) {
    let forReport = decisions.get(d.reportId);
    if (!forReport) {
      forReport = {};
      decisions.set(d.reportId, forReport);
    }
    forReport[d.observationId] = d.decision;
  }
  const reports = [...e.reports.values()].map((r) => ({ ...r, decisions: decisions.get(r.report.id) ?? {} }));
  if (reports.length === 0 && e.datasets.size === 0 && e.agencies.size === 0) return EMPTY_USER_LAYER;
  return { version: 1, agencies: [...e.agencies.values()], reports, datasets: [...e.datasets.values()] };
}

/** The writes that turn `from` into `to` (puts carry their order, from `orderOf`). */
export function diffEntries(
  from: Entries,
  to: Entries,
  orderOf: (kind: RecordKind, key: string) => number,
): RecordOp[] {
  const ops: RecordOp[] = [];
  for (const kind of RECORD_KINDS) {
    const a = from[kind] as Map<string, never>;
    const b = to[kind] as Map<string, never>;
    for (const [key, value] of b) {
      if (!sameRecord(kind, a.get(key), value)) ops.push({ kind, key, order: orderOf(kind, key), value });
    }
    for (const key of a.keys()) if (!b.has(key)) ops.push({ kind, key, delete: true });
  }
  return ops;
}

export function applyOps(e: Entries, ops: readonly RecordOp[]): Entries {
  const next = emptyEntries();
  for (const kind of RECORD_KINDS)
    (next[kind] as Map<string, unknown>) = new Map(e[kind] as Map<string, unknown>);
  for (const op of ops) {
    const map = next[op.kind] as Map<string, unknown>;
    if ('delete' in op) map.delete(op.key);
    else map.set(op.key, op.value);
  }
  return next;
}

/**
 * Three-way merge by record: what this tab changed since `base` (the stored state it last saw),
 * applied to what is stored now. Another tab's new reports and this tab's unsaved ones both stay.
 */
export function rebaseEntries(stored: Entries, base: Entries, local: Entries): Entries {
  return applyOps(
    stored,
    diffEntries(base, local, () => 0),
  );
}

/** Sorts each kind by the stored order (records this tab has not written yet go last, as added). */
export function sortEntries(e: Entries, orders: ReadonlyMap<string, number>): Entries {
  const next = emptyEntries();
  for (const kind of RECORD_KINDS) {
    const items = [...(e[kind] as Map<string, unknown>)];
    const rank = (key: string) => orders.get(orderKey(kind, key)) ?? Number.POSITIVE_INFINITY;
    // Array sort is stable: unsaved records keep their relative order.
    items.sort(([a], [b]) => {
      const d = rank(a) - rank(b);
      return Number.isNaN(d) ? 0 : d;
    });
    (next[kind] as Map<string, unknown>) = new Map(items);
  }
  return next;
}

export const orderKey = (kind: RecordKind, key: string) => `${kind}\u0000${key}`;

const CHECKS: { [K in RecordKind]: (v: unknown, path: string) => string | null } = {
  reports: checkStoredReport,
  decisions: (v, p) => {
    if (typeof v !== 'object' || v === null) return `${p} is not a record`;
    const d = v as Partial<StoredDecision>;
    if (typeof d.reportId !== 'string' || typeof d.observationId !== 'string')
      return `${p} names no report value`;
    return checkDecision(d.decision, `${p}.decision`);
  },
  datasets: checkDatasetBatch,
  agencies: checkAgency,
};

const KEY_OF: { [K in RecordKind]: (v: ValueOf[K]) => string } = {
  reports: (r) => r.report.id,
  decisions: (d) => decisionKey(d.reportId, d.observationId),
  datasets: (b) => b.id,
  agencies: (a) => a.id,
};

export interface ReadRecords {
  entries: Entries;
  orders: Map<string, number>;
  setAside: SetAsideRecord[];
}

/** Validates stored records one by one: the usable ones make the layer, the rest are named. */
export function readRecords(
  records: readonly StoredRecord[],
  setAside: readonly SetAsideRecord[] = [],
): ReadRecords {
  const e = emptyEntries();
  const orders = new Map<string, number>();
  const aside = [...setAside];
  const sorted = [...records].sort(
    (a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  for (const r of sorted) {
    const check = CHECKS[r.kind];
    const problem = check ? check(r.value, r.kind) : `unknown kind ${String(r.kind)}`;
    if (problem === null && KEY_OF[r.kind](r.value as never) !== r.key) {
      aside.push({ kind: r.kind, key: r.key, reason: `${r.kind}: key does not match the record` });
      continue;
    }
    if (problem !== null) {
      aside.push({ kind: r.kind, key: r.key, reason: problem });
      continue;
    }
    (e[r.kind] as Map<string, unknown>).set(r.key, r.value);
    orders.set(orderKey(r.kind, r.key), Number.isFinite(r.order) ? r.order : 0);
  }
  return { entries: e, orders, setAside: aside };
}

/**
 * Stored format version 1 was the whole layer in one record. Each part becomes a record of its
 * own; a part that is not usable is set aside (with its value, so nothing is lost) instead of
 * making the whole layer unreadable. Orders follow the old array order.
 */
export function migrateV1Layer(value: unknown): {
  records: StoredRecord[];
  setAside: { record: SetAsideRecord; value: unknown }[];
} {
  const records: StoredRecord[] = [];
  const setAside: { record: SetAsideRecord; value: unknown }[] = [];
  if (value === undefined) return { records, setAside };
  const v = value as Partial<Record<'agencies' | 'reports' | 'datasets', unknown>> | null;
  if (typeof v !== 'object' || v === null || (v as { version?: unknown }).version !== 1) {
    setAside.push({
      record: { kind: 'layer', key: 'current', reason: 'the stored layer is not a layer of version 1' },
      value,
    });
    return { records, setAside };
  }
  let order = 0;
  const part = (kind: RecordKind, item: unknown, index: number, key: () => string) => {
    const path = `${kind}[${index}]`;
    const problem = CHECKS[kind](item, path);
    if (problem) setAside.push({ record: { kind, key: `v1:${path}`, reason: problem }, value: item });
    else records.push({ kind, key: key(), order: ++order, value: item });
  };
  const list = (name: 'agencies' | 'reports' | 'datasets') => {
    const items = v[name];
    if (items === undefined) return [];
    if (Array.isArray(items)) return items;
    setAside.push({
      record: { kind: name, key: `v1:${name}`, reason: `${name} is not a list` },
      value: items,
    });
    return [];
  };
  list('agencies').forEach((a, i) => {
    part('agencies', a, i, () => (a as Agency).id);
  });
  list('datasets').forEach((b, i) => {
    part('datasets', b, i, () => (b as ImportedDatasetBatch).id);
  });
  list('reports').forEach((r, i) => {
    if (typeof r !== 'object' || r === null) {
      part('reports', r, i, () => '');
      return;
    }
    const { decisions, ...stored } = r as ImportedReport;
    const before = setAside.length;
    part('reports', stored, i, () => stored.report.id);
    if (setAside.length > before) {
      // The whole report (decisions included) is kept aside together.
      setAside[setAside.length - 1]!.value = r;
      return;
    }
    const id = stored.report.id;
    for (const [observationId, decision] of Object.entries(
      typeof decisions === 'object' && decisions !== null ? decisions : {},
    )) {
      part('decisions', { reportId: id, observationId, decision }, i, () => decisionKey(id, observationId));
    }
  });
  return { records, setAside };
}
