import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockServer } from '../mocks/node';
import { staticFileHandlers } from './static-files';
import { testConfig } from './test-config';

/** One fake upstream for every test; a request no handler answers fails the test. */
export const server = createMockServer(testConfig, staticFileHandlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());
