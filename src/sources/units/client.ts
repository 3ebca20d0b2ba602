import type { SourceConfig } from '../../config/schema';
import type { UnitCatalogue } from '../../domain/units';
import { getJson } from '../../lib/http';
import { toUnitCatalogue } from './adapter';
import { UNIT_CATALOGUE_PATH, unitCatalogueResponse } from './wire-schema';

/** The province, its districts and communes, each with validity dates, from the shared-catalogue service. */
export async function fetchUnitCatalogue(
  cfg: SourceConfig,
  provinceCode: string,
  signal?: AbortSignal,
): Promise<UnitCatalogue & { asOf: string }> {
  const wire = await getJson('units', cfg, UNIT_CATALOGUE_PATH, unitCatalogueResponse, {
    query: { maTinh: provinceCode },
    signal,
  });
  return toUnitCatalogue(wire, provinceCode);
}
