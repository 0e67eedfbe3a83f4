const defined = new WeakSet<CustomElementConstructor>();

/**
 * Registers an element once. A page that loads the script twice, or two versions of it, keeps the
 * first definition: registering again would throw, and replacing it is impossible. A constructor
 * that is already registered under another name is registered through a subclass, which is how a
 * host gives an element a second tag name.
 */
export function define(tagName: string, element: CustomElementConstructor): boolean {
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== element && !defined.has(existing)) {
      console.warn(`<${tagName}> is already defined by other code on this page; this copy is not used.`);
    }
    return false;
  }
  const constructor = defined.has(element) ? class extends element {} : element;
  customElements.define(tagName, constructor);
  defined.add(constructor);
  return true;
}
