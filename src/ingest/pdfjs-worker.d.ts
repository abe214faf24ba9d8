// pdf.js ships no types for its worker module; all we use of it is that it loads.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
