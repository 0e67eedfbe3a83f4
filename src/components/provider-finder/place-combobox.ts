import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Place, PlaceList } from '../../directory/contract.js';

const prevent = (event: Event) => event.preventDefault();

type GeoMessage = 'finderLocating' | 'finderLocationDenied' | 'finderLocationFailed';

/**
 * The location box: a WAI-ARIA 1.2 combobox whose listbox suggests places from `GET /places`,
 * and "Use my location", which asks for the visitor's position only when pressed.
 * Lookups wait for a pause in typing, and a newer lookup aborts the stale one. Focus stays in the
 * input: the arrow keys move the active suggestion, Enter chooses it, Escape closes the list. The
 * listbox lives in the same shadow root as the input, so `aria-controls` and
 * `aria-activedescendant` can point at it.
 */
export class PlaceCombobox implements ReactiveController {
  items: Place[] = [];
  active = -1;
  open = false;
  /** What "Use my location" says: the key of its message, or nothing. */
  geo: GeoMessage | '' = '';
  private timer?: ReturnType<typeof setTimeout>;
  private lookup?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: (q: string, signal: AbortSignal) => Promise<PlaceList>,
    private readonly choose: (place: Place) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Looks up suggestions for what the person typed, after a pause. */
  search(text: string): void {
    this.cancel();
    this.active = -1;
    if (text.trim().length < 2) return this.close();
    this.timer = setTimeout(() => {
      const lookup = (this.lookup = new AbortController());
      this.find(text.trim(), lookup.signal).then(
        ({ items }) => {
          this.items = items;
          this.show(items.length > 0);
        },
        // Without suggestions the person can still type a ZIP code or a city.
        () => lookup.signal.aborted || this.close(),
      );
    }, 250);
  }

  close = (): void => this.show(false);

  /**
   * Asks for the visitor's position, now and only now, and hands it to `found` rounded to two
   * decimals: about a kilometre, enough to find care nearby and less said about the visitor.
   */
  locate(found: (lat: number, lng: number) => void): void {
    const set = (geo: GeoMessage | '') => {
      this.geo = geo;
      this.host.requestUpdate();
    };
    const fail = (error?: GeolocationPositionError) => set(error?.code === 1 ? 'finderLocationDenied' : 'finderLocationFailed');
    const round = (degrees: number) => Math.round(degrees * 100) / 100;
    set('finderLocating');
    try {
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => {
          set('');
          found(round(coords.latitude), round(coords.longitude));
        },
        fail,
        { maximumAge: 600_000, timeout: 30_000 },
      );
    } catch {
      fail();
    }
  }

  private show(open: boolean): void {
    this.open = open;
    if (!open) this.active = -1;
    this.host.requestUpdate();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.lookup?.abort();
  }

  private pick(index: number): void {
    this.choose(this.items[index]);
    this.close();
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const count = this.items.length;
    const { key } = event;
    if ((key === 'ArrowDown' || key === 'ArrowUp') && count) {
      event.preventDefault();
      this.active =
        key === 'ArrowDown' ? (this.open ? this.active + 1 : 0) % count : (this.open && this.active > 0 ? this.active : count) - 1;
      this.show(true);
    } else if (key === 'Enter' && this.open && this.active >= 0) {
      event.preventDefault();
      this.pick(this.active);
    } else if (key === 'Escape' && this.open) {
      event.preventDefault();
      this.close();
    }
  };

  /**
   * The input and its listbox. The input is `#near`; its label must be `#near-label`. The keys
   * belong to the input, as the combobox pattern wants, so the options only listen to the mouse.
   */
  /* eslint-disable lit-a11y/click-events-have-key-events */
  render(value: string) {
    const { open, active } = this;
    return html`<div class="combo">
      <input
        id="near"
        name="near"
        part="input"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-labelledby="near-label"
        aria-expanded=${open}
        aria-controls="places"
        aria-activedescendant=${active < 0 ? nothing : `place-${active}`}
        .value=${value}
        @keydown=${this.onKeyDown}
        @blur=${this.close}
      />
      <ul id="places" role="listbox" part="listbox" aria-labelledby="near-label" ?hidden=${!open} @mousedown=${prevent}>
        ${this.items.map(
          (place, index) =>
            html`<li id="place-${index}" role="option" part="option" aria-selected=${index === active} dir="auto" @click=${() => this.pick(index)}>${place.label}</li>`,
        )}
      </ul>
    </div>`;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
