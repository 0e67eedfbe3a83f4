/**
 * Runs WebKit's test pages one at a time, in its window itself.
 *
 * With a concurrency above 1, @web/test-runner-webdriver puts the test pages in iframes of one
 * window. There they share that window's focus (a page that focuses something blurs the other),
 * its joint session history (history.back() in one page can move the other), and its `sendKeys`
 * switches into a page's iframe and never back, so a second key press fails. One page at a time,
 * the launcher uses a plain WebDriver session, where focus, history and keys behave as for people.
 * The other engines keep the configured concurrency.
 */
export function oneWebKitPageAtATime(browsers) {
  for (const launcher of browsers) {
    if (launcher.type !== 'webdriver') continue;
    const initialize = launcher.initialize.bind(launcher);
    launcher.concurrency = 1;
    launcher.initialize = (config, ...rest) => initialize({ ...config, concurrency: 1 }, ...rest);
  }
  return browsers;
}
