import { fixture, html, expect } from '@open-wc/testing';
it('works', async () => {
  const el = await fixture(html`<button>hi</button>`);
  await expect(el).to.be.accessible();
  expect(navigator.userAgent).to.be.a('string');
  console.log(navigator.userAgent);
});
