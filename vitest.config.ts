import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Native polars and the HiGHS wasm solver are heavy to load: forks keep each file isolated.
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
