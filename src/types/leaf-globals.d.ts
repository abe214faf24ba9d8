// The globals a Web Worker, a browser page and Node all provide — the only ones the pure leaves
// (src/extract, src/domain, src/format, src/charts, src/state, the pure part of src/data and
// src/ingest) may use. tsconfig.leaf.json checks those folders with `lib: ["ES2023"]` and no
// DOM or Node types, so anything else (document, window, self, DOMParser, Buffer, process …) is
// a compile error there. Add a global here only when all three hosts have it with this shape.

interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};

interface Console {
  debug(...data: unknown[]): void;
  error(...data: unknown[]): void;
  info(...data: unknown[]): void;
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
}
declare var console: Console;

/** Timer handles differ (a number in browsers, an object in Node); leaves only pass them back. */
interface LeafTimerHandle {
  readonly __leafTimerHandle: never;
}
declare function setTimeout(handler: () => void, timeout?: number): LeafTimerHandle;
declare function clearTimeout(id: LeafTimerHandle | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;

interface URLSearchParams {
  append(name: string, value: string): void;
  delete(name: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  toString(): string;
  forEach(callback: (value: string, key: string) => void): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
declare var URLSearchParams: {
  prototype: URLSearchParams;
  new (init?: string | Record<string, string> | [string, string][]): URLSearchParams;
};

interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  pathname: string;
  search: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}
declare var URL: {
  prototype: URL;
  new (url: string, base?: string | URL): URL;
};

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
}

// fetch as all three hosts have it (Node since 18), reduced to what a leaf reads of a response.
interface ReadableStreamReadResultDone {
  done: true;
  value?: undefined;
}
interface ReadableStreamReadResultValue<T> {
  done: false;
  value: T;
}
interface ReadableStreamDefaultReader<T> {
  read(): Promise<ReadableStreamReadResultDone | ReadableStreamReadResultValue<T>>;
  releaseLock(): void;
}
interface ReadableStream<T> {
  getReader(): ReadableStreamDefaultReader<T>;
}
interface Response {
  readonly ok: boolean;
  readonly status: number;
  readonly url: string;
  readonly body: ReadableStream<Uint8Array> | null;
  arrayBuffer(): Promise<ArrayBuffer>;
  clone(): Response;
  json(): Promise<unknown>;
  text(): Promise<string>;
}
interface RequestInit {
  signal?: AbortSignal | null;
}
declare function fetch(input: string | URL, init?: RequestInit): Promise<Response>;
