// The interface strings: the tables are messages.zh.ts (which defines the keys and parameters)
// and messages.en.ts; this module looks them up, fills in parameters and picks plural forms.
import type { Lang } from '../domain/lang.ts';
import type { Origin, Qualifier, SectionOrOther } from '../domain/types.ts';
import { en } from './messages.en.ts';
import { zh } from './messages.zh.ts';

export type MessageKey = keyof typeof zh;

/**
 * Plural forms by Intl.PluralRules category, chosen by the number in params[by]; `other` is
 * required and used for any category not given.
 */
export interface PluralMessage {
  readonly by: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;
export type Messages = Readonly<Record<MessageKey, Message>>;

export const MESSAGES: Readonly<Record<Lang, Messages>> = { zh, en };

export type MessageParams = Readonly<Record<string, string | number>>;

type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type Forms<M> = M extends string ? M : M extends PluralMessage ? M[Exclude<keyof M, 'by'>] : never;
/** The parameter names of a message, from its Chinese text. */
export type ParamName<K extends MessageKey> = Placeholders<Forms<(typeof zh)[K]>>;
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * What t() takes after the key: the message's parameters, each required; nothing for a message
 * without any. A key only known as a union (qualifierKey(q), a key from a list) takes any params.
 */
export type ParamArgs<K extends MessageKey> =
  true extends IsUnion<K>
    ? [params?: MessageParams]
    : [ParamName<K>] extends [never]
      ? []
      : [params: Readonly<Record<ParamName<K>, string | number>>];

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

function form(lang: Lang, message: Message, params: MessageParams | undefined): string {
  if (typeof message === 'string') return message;
  const n = Number(params?.[message.by]);
  if (!Number.isFinite(n)) return message.other;
  pluralRules[lang] ??= new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en');
  const category = pluralRules[lang].select(n) as Exclude<keyof PluralMessage, 'by'>;
  return message[category] ?? message.other;
}

/**
 * The message in the language, in the plural form its count asks for, with {name} replaced by
 * params.name (left as is when absent).
 */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: ParamArgs<K>): string {
  const params = args[0] as MessageParams | undefined;
  const template = form(lang, MESSAGES[lang][key], params);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function qualifierKey(q: Qualifier): MessageKey {
  return `qualifier.${q}`;
}

export function sectionKey(s: SectionOrOther): MessageKey {
  return `section.${s}`;
}

export function originKey(o: Origin): MessageKey {
  return `origin.${o}`;
}
