import { ExitCode, OraccleError } from "../../core/errors.js";
import type { MissingKeyTreatment } from "../microdata/key-frequencies.js";
import type { PerturbationParameters } from "../tables/perturbation-table.js";
import type { TableProtectionSettings } from "../tables/protect-table.js";

/**
 * A release policy: the rules a microdata file or a table must satisfy before it leaves the secure
 * environment. Use a preset name (`"oraccle-k5"`, `"insee-entreprises"`, `"dgfip-11"`) or write
 * your own object.
 *
 * @example
 * const custom: DisclosurePolicy = {
 *   name: "sies-k10",
 *   description: "SIES internal rule: 10 students per cell",
 *   microdata: { k: 10 },
 *   table: { rules: [{ kind: "frequency", threshold: 10, convention: "<" }] },
 * };
 */
export interface DisclosurePolicy {
  /** Short name, shown in reports. */
  name: string;
  /** One sentence saying where the rule comes from. */
  description: string;
  /** Rules for unit-level files. */
  microdata: {
    /** Every record's key must be shared by at least k records (fk ≥ k). */
    k: number;
    /** How missing key values count (see `keyFrequencies`). Default `"wildcard"` (sdcMicro). */
    missing?: MissingKeyTreatment;
    /** When set and sensitive attributes are given: every class needs ≥ l distinct values. */
    lDiversity?: number;
    /**
     * When set: sdcMicro's global risk (expected re-identifications / records, with survey weights
     * when the input gives them, else r = 1/fk) may not exceed this share. Default: reported only.
     */
    maxGlobalRisk?: number;
  };
  /** Rules for tables: primary rules and protection parameters (see `protectTable`). */
  table: TableProtectionSettings;
  /**
   * How the counts of groups (cohorts) are protected: `masking` (default: a count below k is
   * published as the mask value) or `cell-key` (every count perturbed by the cell-key method with
   * the given perturbation table; see docs/cell-key.md).
   */
  cohorts?: { method: "masking" } | { method: "cell-key"; perturbation?: PerturbationParameters };
}

/**
 * Names of the built-in policies.
 *
 * @example
 * const name: PolicyPresetName = "dgfip-11";
 */
export type PolicyPresetName = "oraccle-k5" | "insee-entreprises" | "dgfip-11";

/**
 * The built-in policies (sources: docs/definitions.md §6):
 * - `oraccle-k5` — Oraccle / UNIF on SISE: k = 5 on the key variables; table cells with fewer
 *   than 5 students are masked and published as `0` (Oraccle's convention), with the secondary
 *   suppressions the audit needs;
 * - `insee-entreprises` — Insee business statistics, τ-Argus `FREQ(3,10) | NK(1,85)`: no cell from
 *   fewer than 3 units, no unit above 85 % of a cell; k = 3 for microdata;
 * - `dgfip-11` — DGFiP, natural persons: no cell from fewer than 11 units, NK(1,85); k = 11.
 *
 * @example
 * POLICY_PRESETS["dgfip-11"].table.rules[0]; // { kind: "frequency", threshold: 11, convention: "<", protectionPercent: 10 }
 */
export const POLICY_PRESETS: Readonly<Record<PolicyPresetName, DisclosurePolicy>> = {
  "oraccle-k5": {
    name: "oraccle-k5",
    description:
      "Oraccle / UNIF (SISE): k = 5 on key variables; cells under 5 students masked (shown as 0) with audited secondary suppression",
    microdata: { k: 5, missing: "wildcard" },
    table: {
      rules: [{ kind: "frequency", threshold: 5, convention: "<", protectionPercent: 10 }],
      minimumProtection: 1,
      maskValue: 0,
    },
  },
  "insee-entreprises": {
    name: "insee-entreprises",
    description:
      "Insee business statistics, τ-Argus FREQ(3,10) | NK(1,85): at least 3 units per cell, no unit above 85 %",
    microdata: { k: 3, missing: "wildcard" },
    table: {
      rules: [
        { kind: "frequency", threshold: 3, convention: "<", protectionPercent: 10 },
        { kind: "dominance", n: 1, k: 85 },
      ],
      minimumProtection: 1,
    },
  },
  "dgfip-11": {
    name: "dgfip-11",
    description: "DGFiP, natural persons: at least 11 units per cell, no unit above 85 % of a cell",
    microdata: { k: 11, missing: "wildcard" },
    table: {
      rules: [
        { kind: "frequency", threshold: 11, convention: "<", protectionPercent: 10 },
        { kind: "dominance", n: 1, k: 85 },
      ],
      minimumProtection: 1,
    },
  },
};

/**
 * Turns a preset name or a custom object into a checked {@link DisclosurePolicy}.
 *
 * @throws OraccleError with `ExitCode.usage` for an unknown name or an incomplete custom policy.
 * @example
 * resolvePolicy("oraccle-k5").microdata.k; // 5
 * resolvePolicy("k3"); // throws: policy 'k3' is unknown; use oraccle-k5, insee-entreprises or dgfip-11
 */
export function resolvePolicy(policy: string | DisclosurePolicy): DisclosurePolicy {
  if (typeof policy === "string") {
    const preset = POLICY_PRESETS[policy as PolicyPresetName];
    if (!preset || !Object.hasOwn(POLICY_PRESETS, policy)) {
      throw new OraccleError(
        `policy '${policy}' is unknown; use ${Object.keys(POLICY_PRESETS).join(", ")}, or a custom policy file`,
        ExitCode.usage,
      );
    }
    return preset;
  }
  const problems: string[] = [];
  if (typeof policy?.name !== "string") problems.push("'name' (a string)");
  if (!(Number.isInteger(policy?.microdata?.k) && policy.microdata.k >= 1)) {
    problems.push("'microdata.k' (an integer ≥ 1)");
  }
  if (!Array.isArray(policy?.table?.rules)) problems.push("'table.rules' (a list of rules)");
  for (const rule of policy?.table?.rules ?? []) {
    if (!["frequency", "dominance", "p-percent"].includes(rule?.kind)) {
      problems.push(`a rule kind among frequency, dominance, p-percent (got '${String(rule?.kind)}')`);
    } else if (rule.kind === "frequency" && rule.convention !== "<" && rule.convention !== "<=") {
      problems.push('the frequency rule\'s \'convention\' ("<" or "<=")');
    }
  }
  if (problems.length > 0) {
    throw new OraccleError(`the custom policy needs ${problems.join(", ")}`, ExitCode.usage);
  }
  return policy;
}
