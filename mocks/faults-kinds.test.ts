import { describe, expect, it } from 'vitest';
import { server } from '../tests/setup';
import { testConfig } from '../tests/test-config';
import { fetchUnitCatalogue } from '../src/sources/units/client';
import { faultHandlers, parseFaults } from './faults';

describe('demo faults for a hung system and a refused credential', () => {
  it('parses the new kinds', () => {
    expect(parseFaults('units:hang,procedures:401')).toEqual({ units: 'hang', procedures: '401' });
  });

  it('a hung system ends in a timeout naming it; a refused credential in HTTP 401', async () => {
    server.use(...faultHandlers(testConfig, { units: 'hang' }, []));
    await expect(fetchUnitCatalogue({ ...testConfig.sources.units, timeoutSeconds: 0.2 }, '42')).rejects.toMatchObject({ kind: 'timeout', source: 'units' });
    server.resetHandlers();
    server.use(...faultHandlers(testConfig, { units: '401' }, []));
    await expect(fetchUnitCatalogue(testConfig.sources.units, '42')).rejects.toMatchObject({ kind: 'http', status: 401 });
  });
});
