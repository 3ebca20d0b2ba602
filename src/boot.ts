/**
 * The page's head start, built as an entry of its own and loaded before the app's entry (vite.config.ts): small, so
 * it runs while the app's code is still downloading. See src/app/head-start.ts. Like src/main.tsx, an entry: the one
 * place besides it that may name the demo's fake systems (loaded only when config.json says demo).
 */
import { startAhead } from './app/head-start';

startAhead(import.meta.env.BASE_URL.replace(/\/$/, ''), window.location, () => import('../mocks/browser'));
