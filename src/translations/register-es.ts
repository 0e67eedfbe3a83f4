/**
 * The Spanish messages for every widget. They ship as their own module so that pages in other
 * languages do not download them: load `directory-widgets.es.js` instead of `directory-widgets.js`
 * (it loads the main module too), or `import 'directory-widgets/translations/es.js'` in an app.
 */
import { registerTranslation } from '../internal/localize.js';
import { es } from './es.js';

registerTranslation('es', es);
