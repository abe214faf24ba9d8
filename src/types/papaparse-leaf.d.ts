// What src/data/readCsv.ts uses of papaparse, for tsconfig.leaf.json and tsconfig.app.json:
// @types/papaparse pulls in every Node global (`/// <reference types="node" />`) and DOM's File,
// which would undo both checks. tsconfig.json (CLI, tests) still reads the full @types/papaparse.
export interface ParseError {
  type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
  code: string;
  message: string;
  row?: number;
}
export interface ParseMeta {
  delimiter: string;
  linebreak: string;
  aborted: boolean;
  truncated: boolean;
  cursor: number;
}
export interface ParseStepResult<T> {
  data: T;
  errors: ParseError[];
  meta: ParseMeta;
}
export interface ParseConfig<T> {
  delimiter?: string;
  newline?: '\r' | '\n' | '\r\n';
  header?: boolean;
  skipEmptyLines?: boolean | 'greedy';
  step?(results: ParseStepResult<T>): void;
}
export function parse<T>(csvString: string, config?: ParseConfig<T>): void;
declare const Papa: { parse: typeof parse };
export default Papa;
