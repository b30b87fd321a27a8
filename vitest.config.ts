import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    // One module cache per worker for all its test files: importing the rules and their word data again for
    // every file cost about 30 s of CPU in a run of `npm test`. The suites keep no state in modules (no module
    // mocks, no writes to process.env); they pass with files and tests shuffled. `vitest run --isolate` runs
    // every file apart, to tell whether a failure comes from another file.
    isolate: false,
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
