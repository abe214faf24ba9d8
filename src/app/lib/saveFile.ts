// Saving a generated file (image, CSV): an object URL clicked through a temporary link with the
// download attribute. The URL is revoked once the browser has taken the file.
export function saveFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from a title: no characters file systems refuse, no spaces. */
export function fileNameFor(base: string, extension: string): string {
  const clean = base
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .slice(0, 80);
  return `${clean || 'chart'}.${extension}`;
}
