// Command-line PATHs → the files to read, in a deterministic order.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { reportFormatOf } from '../ingest/readReport.ts';

export type InputFile = { path: string; error?: undefined } | { path: string; error: string };

/** Reason text for a failed file-system call, without Node's "ENOENT: …, open '…'" noise. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

// Code-unit order, not locale order: the same on every machine.
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string, seen: Set<string>, out: InputFile[]): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a symlink cycle
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(dir)).sort(byName);
  } catch (error) {
    out.push({ path: dir, error: fsReason(error) });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      // A dangling link inside a folder is only worth mentioning if it looks like a report.
      if (reportFormatOf(name)) out.push({ path, error: fsReason(error) });
      continue;
    }
    if (info.isDirectory()) await walk(path, seen, out);
    else if (info.isFile() && reportFormatOf(name)) out.push({ path });
  }
}

/**
 * Files named on the command line are taken as given (an unsupported one is reported later);
 * folders are walked recursively for the report types (.txt/.html/.htm/.docx/.doc/.pdf, and
 * .wps/.ofd so that each is refused with advice), skipping hidden entries.
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, seen, out);
      else out.push({ path });
    } catch (error) {
      out.push({ path, error: fsReason(error) });
    }
  }
  return out;
}
