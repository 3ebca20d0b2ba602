import type { HttpHandler } from 'msw';
import type { AppConfig } from '../src/config/schema';
import type { DemoStore } from './demo-store';
import { unitCatalogueHandlers } from './systems/unit-catalogue';
import { procedureSystemHandlers } from './systems/procedure-system';
import { complaintsSystemHandlers } from './systems/complaints-system';
import { disclosureSystemHandlers } from './systems/disclosure-system';
import { emulationRegistryHandlers } from './systems/emulation-registry';

/**
 * The province's five upstream systems, faked in their own wire formats, at the base URLs the config names,
 * answering from the demo dataset in `store` (generated in memory for tests, pre-generated files in the browser).
 */
export function createHandlers(config: AppConfig, store: DemoStore): HttpHandler[] {
  return [
    ...unitCatalogueHandlers(config.sources.units.baseUrl, store),
    ...procedureSystemHandlers(config.sources.procedures.baseUrl, store),
    ...complaintsSystemHandlers(config.sources.complaints.baseUrl, store),
    ...disclosureSystemHandlers(config.sources.disclosure.baseUrl, store),
    ...emulationRegistryHandlers(config.sources.emulation.baseUrl, store),
  ];
}
