import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';

export default defineConfig({
  plugins: [swc.vite({ tsconfigFile: false, jsc: { parser: { syntax: 'typescript', decorators: true, tsx: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } }, target: 'es2022', keepClassNames: true } })],
  resolve: {
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { NODE_ENV: 'test' },
    // Files named *.alone.test.ts measure response times under load they make themselves: they run
    // after the rest, one at a time, so that no other suite shares the two cores with them.
    projects: [
      { extends: true, test: { name: 'suite', sequence: { groupOrder: 0 }, include: ['tests/**/*.test.ts'], exclude: ['tests/**/*.alone.test.ts'] } },
      { extends: true, test: { name: 'alone', include: ['tests/**/*.alone.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
