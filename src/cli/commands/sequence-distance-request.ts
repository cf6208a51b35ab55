import { ExitCode, OraccleError } from "../../core/errors.js";
import type { DistanceNormalisation } from "../../sequences/distances/normalise-distance.js";
import type { DistanceMethod } from "../../sequences/distances/sequence-distance-options.js";
import type { SubstitutionCostMethod } from "../../sequences/distances/substitution-costs.js";

const METHODS: Record<string, DistanceMethod> = { om: "OM", lcs: "LCS", ham: "HAM", dhd: "DHD" };
const NORMS: readonly DistanceNormalisation[] = ["none", "auto", "maxlength", "gmean", "maxdist", "YujianBo"];

/**
 * The distance asked by `oraccle sequences --distance …`, options checked (usage errors name the option).
 *
 * @example
 * distanceRequest({ distance: "om", out: "d.csv" }).sm; // "TRATE"
 */
export function distanceRequest(values: {
  distance?: string;
  out?: string;
  sm?: string;
  indel?: string;
  norm?: string;
}) {
  const method = METHODS[(values.distance ?? "").toLowerCase()];
  if (!method)
    throw new OraccleError(
      `--distance must be om, lcs, ham or dhd, got '${values.distance}'`,
      ExitCode.usage,
    );
  if (!values.out) throw new OraccleError("--distance needs --out FILE for the matrix", ExitCode.usage);
  const smName = values.sm?.toUpperCase() ?? (method === "OM" ? "TRATE" : undefined);
  if (smName !== undefined && smName !== "CONSTANT" && smName !== "TRATE") {
    throw new OraccleError(`--sm must be constant or trate, got '${values.sm}'`, ExitCode.usage);
  }
  const indel: number | "auto" =
    values.indel === undefined || values.indel === "auto" ? "auto" : Number(values.indel);
  if (indel !== "auto" && !(Number.isFinite(indel) && indel > 0)) {
    throw new OraccleError(
      `--indel must be a positive number or auto, got '${values.indel}'`,
      ExitCode.usage,
    );
  }
  const norm = NORMS.find((n) => n.toLowerCase() === (values.norm ?? "none").toLowerCase());
  if (!norm)
    throw new OraccleError(`--norm must be one of ${NORMS.join(", ")}, got '${values.norm}'`, ExitCode.usage);
  return { method, sm: smName as SubstitutionCostMethod | undefined, indel, norm, out: values.out };
}
