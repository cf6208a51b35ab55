import pl from "nodejs-polars";

/**
 * The 8-record example of sdcMicro's own tests (sdcTools/sdcMicro tests/testthat/test_indivRisk.R),
 * re-typed: three key variables A, B, C and a weight. `withMissing` sets the NAs of the
 * "with missing" block (A[8], C[3], C[7]).
 */
export function sdcMicroTestData(withMissing: boolean): pl.DataFrame {
  const A = [2, 3, 2, 2, 3, 3, 1, withMissing ? null : 2];
  const B = [3, 3, 3, 3, 3, 3, 4, 3];
  const C = [1, 3, withMissing ? null : 1, 2, 1, 1, withMissing ? null : 1, 1];
  return pl.DataFrame({
    A: pl.Series("A", A, pl.Float64),
    B: pl.Series("B", B, pl.Float64),
    C: pl.Series("C", C, pl.Float64),
    weight: [18.0, 45.5, 39.0, 17.0, 92.0, 8.0, 123.5, 51],
  });
}
