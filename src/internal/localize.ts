import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from '../translations/en.js';

type MessageArgs<K extends keyof Messages> = Messages[K] extends (...args: infer A) => string ? A : [];

/** An element that speaks: it may set `lang` and override single messages. */
export type LocalizedHost = ReactiveControllerHost & HTMLElement & { messages?: Partial<Messages> };

// English is bundled; other languages register themselves (Spanish ships as its own module).
const catalogues = new Map<string, Partial<Messages>>([['en', en]]);
const hosts = new Set<LocalizedHost>();

/**
 * Adds or extends the messages of a language, for every widget on the page.
 * `registerTranslation('fr', { retry: 'Réessayer', … })`; messages it lacks fall back to English.
 */
export function registerTranslation(lang: string, messages: Partial<Messages>): void {
  const key = lang.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...messages });
  for (const host of hosts) host.requestUpdate();
}

// One observer for every widget: a page that changes <html lang> re-renders them all.
new MutationObserver(() => {
  for (const host of hosts) host.requestUpdate();
}).observe(document.documentElement, { attributeFilter: ['lang'] });

/**
 * Finds the widget's language and its messages: the element's own `lang`, then the nearest
 * ancestor's `lang` (within the same tree), then `<html lang>`, then English.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The resolved language tag, such as `es-MX`. */
  get lang(): string {
    const lang = this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    try {
      // A malformed tag would make every Intl formatter throw.
      return Intl.getCanonicalLocales(lang || 'en')[0];
    } catch {
      return 'en';
    }
  }

  /** One message in the widget's language, with its arguments. */
  term<K extends keyof Messages>(key: K, ...args: MessageArgs<K>): string {
    const tag = this.lang.toLowerCase();
    const message =
      this.host.messages?.[key] ?? catalogues.get(tag)?.[key] ?? catalogues.get(tag.split('-')[0])?.[key] ?? en[key];
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : (message as string);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  /** "3 days ago", "yesterday": the time since an ISO date, in days. */
  daysAgo(iso: string, now = Date.now()): string {
    const days = Math.round((Date.parse(iso) - now) / 86_400_000);
    return new Intl.RelativeTimeFormat(this.lang, { numeric: 'auto' }).format(days, 'day');
  }

  /** "A, B and C". */
  list(items: string[]): string {
    return new Intl.ListFormat(this.lang, { type: 'conjunction' }).format(items);
  }
}
