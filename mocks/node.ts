import type { HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import type { AppConfig } from '../src/config/schema';
import { generatedDemoStore } from './demo-tables';
import { createHandlers } from './handlers';

/** One in-memory dataset per process: every test file's server reads the same generated partitions. */
const store = generatedDemoStore();

export const createMockServer = (config: AppConfig, extra: readonly HttpHandler[] = []) =>
  setupServer(...createHandlers(config, store), ...extra);
