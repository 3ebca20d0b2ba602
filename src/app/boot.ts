/**
 * The page's head start, built as an entry of its own and loaded before the app's entry (vite.config.ts): small, so
 * it runs while the app's code is still downloading. See head-start.ts.
 */
import { startAhead } from './head-start';

startAhead(import.meta.env.BASE_URL.replace(/\/$/, ''), window.location);
