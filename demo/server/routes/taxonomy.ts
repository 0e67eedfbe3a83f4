import type { Hono } from 'hono';
import { taxonomyIn, type TaxonomyLanguage } from '../taxonomy.ts';

/** `lang` first, then the first language of `Accept-Language` that we have; else English. */
function chooseLanguage(lang: string | undefined, acceptLanguage: string | undefined): TaxonomyLanguage {
  const wanted = lang ? [lang] : (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0].trim());
  for (const tag of wanted) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'es' || primary === 'en') return primary;
  }
  return 'en';
}

/** `GET /taxonomy`: the filter lists with labels in one language. The lists are public and change rarely. */
export function taxonomyRoute(app: Hono) {
  app.get('/taxonomy', (c) => {
    const language = chooseLanguage(c.req.query('lang'), c.req.header('Accept-Language'));
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Language', language);
    c.header('Vary', 'Accept-Language', { append: true });
    return c.json(taxonomyIn(language));
  });
}
