import { html, LitElement, type TemplateResult, type PropertyDeclarations } from 'lit';
import { clientFor, type DirectoryClient } from '../directory/client.js';
import { DirectoryError, messageOf } from '../directory/errors.js';
import { sharedStyles } from '../styles/shared.js';
import type { Messages } from '../translations/en.js';
import { define } from './define.js';
import { LoadErrorEvent } from './events.js';
import { LocalizeController } from './localize.js';

/**
 * What the three widgets share: the endpoint, the language and its messages, the directory client,
 * the network lifecycle events and registration under a tag name.
 */
export abstract class DirectoryElement extends LitElement {
  static override properties: PropertyDeclarations = {
    endpoint: {},
    lang: {},
    messages: { attribute: false },
  };
  static override styles = [sharedStyles];

  /** The base URL of the directory endpoint, such as `https://directory.example.org/api/v1`. */
  endpoint = '';

  /** The widget's language. Without it, the nearest `lang` attribute, then `<html lang>`, decide. */
  override lang = '';

  /** Messages that replace the built-in ones for this element, keyed by message name. */
  messages: Partial<Messages> = {};

  protected readonly localize = new LocalizeController(this);

  /** Registers the element under `tagName` unless that name is taken. Returns whether it did. */
  static define(this: CustomElementConstructor & { tagName: string }, tagName?: string): boolean {
    return define(tagName ?? this.tagName, this);
  }

  /** The client of the endpoint, shared with every widget on the page that uses the same one. */
  protected get client(): DirectoryClient {
    return clientFor(new URL(this.endpoint, document.baseURI).href);
  }

  /** Runs a directory call between `loadstart` and `loadend`, with `load` or `error` in between. */
  protected async track<T>(call: Promise<T>): Promise<T> {
    this.dispatchEvent(new Event('loadstart'));
    try {
      const value = await call;
      this.dispatchEvent(new Event('load'));
      return value;
    } catch (error) {
      if (error instanceof DirectoryError && error.kind !== 'aborted') this.dispatchEvent(new LoadErrorEvent(error));
      throw error;
    } finally {
      this.dispatchEvent(new Event('loadend'));
    }
  }

  /** A plain sentence for a failed call: the endpoint's own words when it sent a problem. */
  protected describeError(error: unknown): string {
    if (error instanceof DirectoryError) return error.problem?.title ?? this.localize.term(messageOf[error.kind]);
    return this.localize.term('errorInvalidResponse');
  }

  private reportedMissingEndpoint = false;

  /**
   * The visible message of a widget whose required `endpoint` is missing; it also logs one console
   * error for the integrator.
   */
  protected renderMissingEndpoint(): TemplateResult {
    if (!this.reportedMissingEndpoint) {
      this.reportedMissingEndpoint = true;
      console.error(`<${this.localName}> needs an endpoint attribute: the base URL of the directory API.`);
    }
    return html`<p class="notice error" part="config-error" role="alert">${this.localize.term('missingEndpoint')}</p>`;
  }
}
