// Saves text as a file through a blob: link (no request leaves the page).
import type { ExportFile } from '../../data/exportDataset.ts';

export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is no longer needed then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
