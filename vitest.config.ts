import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    tags: [
      {
        name: 'slow',
        description:
          'Long property searches and very large inputs: `npm run test:slow` (CI runs it after `npm test`). Their limit is generous so that a loaded machine does not fail them.',
        timeout: 600_000,
      },
    ],
    // `npm test` and a plain `vitest run` leave the slow tests out; `npm run test:slow` runs only them (--tags-filter=slow).
    tagsFilter: ['!slow'],
  },
});
