import { expect } from '@open-wc/testing';
import type { ProviderFinder } from '../../../src/components/provider-finder/provider-finder.js';
import { $$, names, settled, text, until, focused } from './helpers.js';

/** The checks of the "done when" journey on the reference endpoint, by mouse and by keyboard. */

export async function checkFound(el: ProviderFinder): Promise<void> {
  await settled(el);
  expect(names(el).length, 'providers found').to.be.greaterThan(0);
  for (const card of $$(el, '[part~="card"]')) {
    expect(text(card)).to.contain('Ketamine-assisted psychotherapy');
    const miles = Number(/([\d.]+) mi away/.exec(text(card))?.[1]);
    expect(miles, 'within the radius').to.be.at.most(25);
  }
}

export async function checkProfile(el: ProviderFinder): Promise<void> {
  await until(() => focused(el)?.id === 'detail-name', 'focus moves to the profile heading');
  await until(() => el.shadowRoot!.querySelector('.facts'), 'the full profile loads');
  const insurance = $$(el, '.facts dt').find((dt) => text(dt) === 'Insurance accepted')!;
  expect(text(insurance.nextElementSibling)).to.contain('UnitedHealthcare');
}

