import type { SourceConfig } from '../../config/schema';
import type { UnitHistory } from '../../domain/unit-history';
import type { UnitCatalogue } from '../../domain/units';
import { getJson } from '../../lib/http';
import { toUnitCatalogue, toUnitHistory } from './adapter';
import { UNIT_CATALOGUE_PATH, UNIT_CROSSWALK_PATH, unitCatalogueResponse, unitCrosswalkResponse } from './wire-schema';

export type UnitCatalogueWithHistory = UnitCatalogue & { readonly asOf: string; readonly history: UnitHistory };

/**
 * The province, its districts and communes, each version with its validity dates, and the crosswalks between the
 * unit sets, from the shared-catalogue service (two lists, fetched together: neither is of use without the other).
 */
export async function fetchUnitCatalogue(cfg: SourceConfig, provinceCode: string, signal?: AbortSignal): Promise<UnitCatalogueWithHistory> {
  const query = { maTinh: provinceCode };
  const [units, crosswalks] = await Promise.all([
    getJson('units', cfg, UNIT_CATALOGUE_PATH, unitCatalogueResponse, { query, signal }),
    getJson('units', cfg, UNIT_CROSSWALK_PATH, unitCrosswalkResponse, { query, signal }),
  ]);
  const catalogue = toUnitCatalogue(units, provinceCode);
  return { ...catalogue, history: toUnitHistory(catalogue, crosswalks) };
}
