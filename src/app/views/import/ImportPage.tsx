// #/import: bring your own reports and dataset files. Reports are extracted in a worker (progress,
// per-file failures, cancel); each one is added to the review as soon as it is done. Dataset files
// are read and validated row by row. Everything is kept in this browser only.

import { useEffect, useRef, useState } from 'react';
import { findConflicts } from '../../../data/datasetConflicts.ts';
import { type DatasetIssue, datasetIssueText } from '../../../data/datasetIssue.ts';
import type { ImportedDatasetBatch } from '../../../data/importLayer.ts';
import { reviewCounts } from '../../../data/importLayer.ts';
import type { Lang } from '../../../domain/lang.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';
import { failureMessage } from '../../import/failureMessage.ts';
import { parseDatasetsOffThread } from '../../import/parseDatasetsOffThread.ts';
import { splitFiles } from '../../import/splitFiles.ts';
import {
  extractFiles,
  type FileOutcome,
  type ExtractionProgress as Progress,
} from '../../import/workerClient.ts';
import { usePersistedLayer } from '../../persist/usePersistedLayer.ts';
import { DatasetBatches } from './DatasetBatches.tsx';
import { DropZone } from './DropZone.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { ExtractionProgress } from './ExtractionProgress.tsx';
import { type FileLine, FileOutcomeList } from './FileOutcomeList.tsx';
import { ImportConsistency } from './ImportConsistency.tsx';
import { ReportReview } from './ReportReview.tsx';
import { ResetPanel } from './ResetPanel.tsx';
import { StorageNotices } from './StorageNotices.tsx';
import './import.css';

let lineSeq = 0;
const lineKey = () => `f${++lineSeq}`;

/** Why a file could not be read at all: its whole-file issue, in the interface's language. */
function fileReason(issues: readonly DatasetIssue[], file: string, lang: Lang): string {
  const issue = issues.find((i) => i.file === file && i.line === 0);
  return issue ? datasetIssueText(lang, issue) : '';
}

export default function ImportPage() {
  const { state, lang, tr, index, provenance } = useApp();
  const { layer, status, persistence, problems, setAside, dispatch } = usePersistedLayer();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [lines, setLines] = useState<FileLine[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  // The newest dataset, for matching agencies of reports that arrive while others are reviewed.
  const known = useRef(index.dataset);
  known.current = index.dataset;
  const sources = useRef(provenance);
  sources.current = provenance;

  // Leaving the page stops a running extraction (its worker would otherwise run on unseen).
  useEffect(() => () => abort.current?.abort(), []);

  const importDatasets = async (files: File[]) => {
    // Off the page's thread: a 100,000-row file no longer freezes the page while it is read.
    const { indicators, agencies, reports } = known.current;
    const result = await parseDatasetsOffThread(files, { indicators, agencies, reports });
    const importedAt = new Date().toISOString();
    const batch: ImportedDatasetBatch = {
      id: `batch-${importedAt}-${lineSeq}`,
      files: files.map((f) => f.name),
      importedAt,
      tables: result.tables,
      issues: result.issues,
      // File values that would replace report values wait for the user's choice (DatasetBatches).
      conflicts: findConflicts(result.tables.observations ?? [], known.current, sources.current),
    };
    dispatch({ type: 'addDatasetBatch', batch });
    const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
    setLines((l) => [
      ...l,
      ...result.files.map((f) => ({
        key: lineKey(),
        name: f.name,
        ok: f.kind !== null,
        detail:
          f.kind === null
            ? tr('import.fileFailed', {
                reason: fileReason(result.issues, f.name, lang),
              })
            : `${f.kind} · ${f.encoding ?? ''} · ${tr('import.issues', { count: formatNumber(result.issues.filter((i) => i.file === f.name).length, lang) })}`,
      })),
    ]);
    return rows;
  };

  const importReports = async (files: File[]) => {
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setProgress({ done: 0, total: files.length, current: files[0]?.name ?? null });
    // Results are added in small batches: one review update (and one stored write) per batch
    // instead of per file keeps the page smooth when dozens of files arrive quickly.
    let batch: FileOutcome[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const fileLine = (o: FileOutcome): FileLine => ({
      key: lineKey(),
      name: o.name,
      ok: o.ok,
      detail: o.ok
        ? tr('import.fileOk', { count: formatNumber(o.report.observations.length, lang) })
        : tr('import.fileFailed', { reason: failureMessage(lang, o.kind, o.reason) }),
    });
    const flush = () => {
      timer = null;
      const outcomes = batch;
      batch = [];
      const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
      if (reports.length > 0) dispatch({ type: 'addReports', reports, known: known.current });
      if (outcomes.length > 0) setLines((l) => [...l, ...outcomes.map(fileLine)]);
    };
    const result = await extractFiles(files, new Date().toISOString(), {
      signal: controller.signal,
      onProgress: setProgress,
      onResult: (outcome) => {
        batch.push(outcome);
        timer ??= setTimeout(flush, 250);
      },
    });
    if (timer) clearTimeout(timer);
    flush();
    setRunning(false);
    abort.current = null;
    const done = result.outcomes.length;
    setSummary(
      result.cancelled
        ? tr('import.cancelled', { done, total: files.length })
        : tr('import.finished', { total: files.length, seconds: (result.ms / 1000).toFixed(1) }),
    );
  };

  const onFiles = async (files: File[]) => {
    const split = splitFiles(files);
    setLines(
      split.unsupported.map((f) => ({
        key: lineKey(),
        name: f.name,
        ok: false,
        detail: tr('import.unsupported'),
      })),
    );
    setSummary(null);
    setProgress(null);
    if (split.datasets.length > 0) await importDatasets(split.datasets);
    if (split.reports.length > 0) await importReports(split.reports);
  };

  const pendingTotal = layer.reports.reduce((n, r) => n + reviewCounts(r).pending, 0);

  return (
    <>
      <section className="panel" aria-labelledby="import-title">
        <h2 id="import-title">{tr('import.title')}</h2>
        <p>{tr('import.intro')}</p>
        <p className="small muted">{tr('import.keepLocal')}</p>
        <StorageNotices persistence={persistence} problems={problems} setAside={setAside} />
        <DropZone onFiles={(f) => void onFiles(f)} disabled={running || status === 'loading'} />
        {progress ? (
          <ExtractionProgress progress={progress} running={running} onCancel={() => abort.current?.abort()} />
        ) : null}
        {summary ? (
          <p className="small" role="status" data-testid="import-summary">
            {summary}
          </p>
        ) : null}
        <FileOutcomeList files={lines} />
        <ImportConsistency />
        <details className="small cli-hint">
          <summary>{tr('ui.importIntro')}</summary>
          <pre className="evidence">
            <code>{tr('ui.importCli')}</code>
          </pre>
          <p>{tr('ui.importData')}</p>
        </details>
      </section>

      <section className="panel" aria-labelledby="review-title">
        <h2 id="review-title">
          {tr('import.review')}{' '}
          <span className="small muted">({formatNumber(layer.reports.length, lang)})</span>
        </h2>
        {status === 'loading' ? (
          <p className="muted" aria-busy="true">
            {tr('import.loadingStore')}
          </p>
        ) : layer.reports.length === 0 ? (
          <p className="muted">{tr('import.reviewNone')}</p>
        ) : (
          <>
            <p className="small">{tr('import.reviewHelp')}</p>
            <div className="toolbar">
              <button
                type="button"
                disabled={pendingTotal === 0}
                onClick={() => {
                  for (const r of layer.reports) {
                    dispatch({
                      type: 'decide',
                      reportId: r.report.id,
                      status: 'accepted',
                      onlyPending: true,
                    });
                  }
                }}
              >
                {tr('import.acceptAllPending', { count: formatNumber(pendingTotal, lang) })}
              </button>
            </div>
            {layer.reports.map((r, i) => (
              <ReportReview
                key={r.report.id}
                imported={r}
                agency={
                  layer.agencies.find((a) => a.id === r.report.agencyId) ??
                  index.agencyById.get(r.report.agencyId)
                }
                dispatch={dispatch}
                defaultOpen={state.id !== null ? state.id === r.report.id : i === 0}
                focused={state.id === r.report.id}
              />
            ))}
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="datasets-title">
        <h2 id="datasets-title">{tr('import.datasets')}</h2>
        <p className="small">{tr('import.datasetsHelp')}</p>
        <DatasetBatches
          batches={layer.datasets}
          onRemove={(id) => dispatch({ type: 'removeDatasetBatch', id })}
          onChoose={(batchId, choice, fileObservationIds) =>
            dispatch({
              type: 'chooseConflict',
              batchId,
              choice,
              ...(fileObservationIds ? { fileObservationIds } : {}),
            })
          }
        />
      </section>

      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{tr('import.export')}</h2>
        <ExportPanel />
        <ResetPanel layer={layer} setAside={setAside.length} onReset={() => dispatch({ type: 'reset' })} />
      </section>
    </>
  );
}
