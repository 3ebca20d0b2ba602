/**
 * Lazy entry of the choropleth map: `const ChoroplethMap = lazy(() => import('…/components/choropleth'))`.
 * Leaflet, react-leaflet and their CSS load with this chunk only, on pages that draw a map.
 * Types and messages can be imported without it (`import type …`, './messages').
 */
import 'leaflet/dist/leaflet.css';
import './choropleth.css';

export { ChoroplethMap as default, type ChoroplethMapProps } from './ChoroplethMap';
export { CHOROPLETH_MESSAGES_EN, CHOROPLETH_MESSAGES_VI, type ChoroplethMessages } from './messages';
