import type { HttpHandler } from 'msw';
import type { AppConfig } from '../src/config/schema';
import { unitCatalogueHandlers } from './systems/unit-catalogue';
import { procedureSystemHandlers } from './systems/procedure-system';
import { complaintsSystemHandlers } from './systems/complaints-system';
import { disclosureSystemHandlers } from './systems/disclosure-system';
import { emulationRegistryHandlers } from './systems/emulation-registry';

/** The province's five upstream systems, faked in their own wire formats, at the base URLs the config names. */
export function createHandlers(config: AppConfig): HttpHandler[] {
  return [
    ...unitCatalogueHandlers(config.sources.units.baseUrl),
    ...procedureSystemHandlers(config.sources.procedures.baseUrl),
    ...complaintsSystemHandlers(config.sources.complaints.baseUrl),
    ...disclosureSystemHandlers(config.sources.disclosure.baseUrl),
    ...emulationRegistryHandlers(config.sources.emulation.baseUrl),
  ];
}
