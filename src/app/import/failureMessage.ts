// The words shown for a file that could not be imported. The reasons ingest gives are English
// detail, precise and fit for the command line; the Chinese interface says what happened and what
// to do in Chinese instead, chosen by the kind of failure.
import type { Lang } from '../../domain/lang.ts';
import { type MessageKey, t } from '../../format/messages.ts';
import type { FailureKind } from './workerProtocol.ts';

function failureKey(kind: FailureKind): MessageKey {
  return `import.failure.${kind}`;
}

export function failureMessage(lang: Lang, kind: FailureKind, detail: string): string {
  return lang === 'en' && detail !== '' ? detail : t(lang, failureKey(kind));
}
