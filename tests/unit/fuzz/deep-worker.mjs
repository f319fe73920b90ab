// Worker entry: load the TypeScript worker through tsx (worker threads do not inherit vitest's loader).
import { register } from 'tsx/esm/api';

register();
await import('./deep-worker.ts');
