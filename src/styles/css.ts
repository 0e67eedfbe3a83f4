/**
 * The widgets' `css` tag: a constructed stylesheet from a literal, which Lit adopts as it is. Lit's
 * own tag also vets interpolated values, which these styles never have (one parameter: TypeScript
 * refuses any), so its code stays out of the bundle.
 */
export function css(strings: TemplateStringsArray): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings[0]!);
  return sheet;
}
