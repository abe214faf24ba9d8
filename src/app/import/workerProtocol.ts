// Messages between the page and the extraction worker. Files go in as File objects (structured
// clone, no copy on the page's thread); results come back one file at a time.
import type { ExtractedReportInput } from '../../data/reviewState.ts';
import type { RefusalKind } from '../../ingest/index.ts';

/** Why a file failed: a refusal ingest names, the worker dying inside it, or a bug. */
export type FailureKind = RefusalKind | 'crashed' | 'internal';

export interface ExtractRequest {
  type: 'extract';
  jobId: number;
  files: readonly File[];
  /** ISO time stamped on every report of the job. */
  importedAt: string;
}

export type ExtractMessage =
  | { type: 'progress'; jobId: number; done: number; total: number; current: string | null }
  | {
      type: 'result';
      jobId: number;
      index: number;
      name: string;
      ok: true;
      report: ExtractedReportInput;
      ms: number;
    }
  | {
      type: 'result';
      jobId: number;
      index: number;
      name: string;
      ok: false;
      /** English detail (the command line's words); `kind` picks what the interface says. */
      reason: string;
      kind: FailureKind;
      ms: number;
    }
  | { type: 'done'; jobId: number; ms: number };
