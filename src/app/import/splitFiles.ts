// Files dropped on the import page sorted by what they are: reports go to the extraction worker,
// dataset files to the table reader, anything else is listed as unsupported.
import { REPORT_EXTENSIONS } from '../../ingest/index.ts';

export interface SplitFiles {
  reports: File[];
  datasets: File[];
  unsupported: File[];
}

const DATASET_EXTENSIONS = ['.csv', '.json'];

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function splitFiles(files: readonly File[]): SplitFiles {
  const out: SplitFiles = { reports: [], datasets: [], unsupported: [] };
  for (const f of files) {
    const ext = extension(f.name);
    if (REPORT_EXTENSIONS.includes(ext)) out.reports.push(f);
    else if (DATASET_EXTENSIONS.includes(ext)) out.datasets.push(f);
    else out.unsupported.push(f);
  }
  return out;
}

export const ACCEPTED_EXTENSIONS = [...REPORT_EXTENSIONS, ...DATASET_EXTENSIONS].join(',');
