import type { HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import type { AppConfig } from '../src/config/schema';
import { createHandlers } from './handlers';

export const createMockServer = (config: AppConfig, extra: readonly HttpHandler[] = []) =>
  setupServer(...createHandlers(config), ...extra);
