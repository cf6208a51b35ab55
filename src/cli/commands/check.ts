import { readFileSync } from "node:fs";
import pl from "nodejs-polars";
import { ExitCode, InputError } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { requireColumns } from "../../core/require-columns.js";
import { checkRelease } from "../../disclosure/gate/check-release.js";
import { type DisclosurePolicy, resolvePolicy } from "../../disclosure/gate/disclosure-policy.js";
import { buildTable, type TableDimension } from "../../disclosure/tables/build-table.js";
import type { TableCell } from "../../disclosure/tables/linear-table.js";
import { writeFileAtomically } from "../../publish/atomic-output.js";
import { defineCommand } from "../command.js";
import { inputFile, policy as policyOption, reportFile } from "../options.js";
import { choiceOption, listOption, usageError } from "../parse-option.js";

type CheckOptions = {
  input: string;
  policy?: string;
  policyFile?: string;
  report?: string;
  format: string;
  keys?: string;
  sensitive?: string;
  missing?: string;
  weights?: string;
  dimensions?: string;
  value?: string;
  frequency?: string;
  top?: string;
  total: string;
  hierarchy?: string;
  output?: string;
};

/**
 * `oraccle check microdata|table`: the release gate on a CSV file. Prints a readable (or JSON)
 * report, optionally writes it and the protected table, and exits 1 when the policy refuses.
 *
 * @example
 * // oraccle check table --input effectifs.csv --dimensions etabli,sexe --value n --policy oraccle-k5
 */
export const checkCommand = defineCommand<CheckOptions>({
  name: "check",
  arguments: ["kind"],
  options: [
    { ...inputFile, group: "common" },
    { ...policyOption, group: "common" },
    { name: "policy-file", value: "file", group: "common" },
    { ...reportFile, group: "common" },
    { name: "format", value: "format", default: "text", group: "common" },
    { name: "keys", value: "list", group: "microdata" },
    { name: "sensitive", value: "list", group: "microdata" },
    { name: "weights", value: "column", group: "microdata" },
    { name: "missing", value: "treatment", group: "microdata" },
    { name: "dimensions", value: "list", group: "table" },
    { name: "value", value: "column", group: "table" },
    { name: "frequency", value: "column", group: "table" },
    { name: "top", value: "list", group: "table" },
    { name: "total", value: "code", default: "Total", group: "table" },
    { name: "hierarchy", value: "file", group: "table" },
    { name: "output", value: "file", group: "table" },
  ],
  async action(values, io, args) {
    const kind = choiceOption(messages().cli.check.kindArgument, args[0] ?? "", [
      "microdata",
      "table",
    ] as const);
    const format = choiceOption("--format", values.format, ["text", "json"] as const);
    const policy = loadPolicy(values.policy, values.policyFile);
    const frame = readCsv(values.input);

    let verdict: Awaited<ReturnType<typeof checkRelease>>;
    if (kind === "microdata") {
      const keys = listOption("--keys", values.keys ?? "");
      const sensitive = values.sensitive ? listOption("--sensitive", values.sensitive) : [];
      requireColumns(
        frame,
        [...keys, ...sensitive, ...(values.weights ? [values.weights] : [])],
        values.input,
        { header: true },
      );
      let records = frame;
      if (values.weights) {
        const weights = values.weights;
        const parsed = (frame.getColumn(weights).toArray() as (string | null)[]).map((raw, index) => {
          const weight = raw === null ? Number.NaN : Number(raw);
          if (!Number.isFinite(weight) || weight <= 0) {
            throw new InputError("expected a weight > 0", {
              file: values.input,
              line: index + 2,
              column: weights,
              value: raw ?? "",
            });
          }
          return weight;
        });
        records = frame.withColumn(pl.Series(weights, parsed, pl.Float64));
      }
      let effective = policy;
      if (values.missing !== undefined) {
        const missing = choiceOption("--missing", values.missing, ["wildcard", "category"] as const);
        effective = { ...policy, microdata: { ...policy.microdata, missing } };
      }
      verdict = await checkRelease(
        values.weights
          ? { kind, frame: records, keys, sensitive, weights: values.weights, source: values.input }
          : { kind, frame: records, keys, sensitive, source: values.input },
        effective,
      );
    } else {
      const dimensions = listOption("--dimensions", values.dimensions ?? "");
      const valueColumn = values.value ?? values.frequency;
      if (!valueColumn) throw usageError(messages().cli.check.valueRequired);
      const top = values.top ? listOption("--top", values.top) : [];
      requireColumns(
        frame,
        [...dimensions, valueColumn, ...(values.frequency ? [values.frequency] : []), ...top],
        values.input,
        { header: true },
      );
      const hierarchies = values.hierarchy ? readHierarchies(values.hierarchy) : {};
      const total = values.total;
      const tableDimensions: TableDimension[] = dimensions.map((name) => {
        const hierarchy = hierarchies[name];
        return hierarchy ? { name, total, hierarchy } : { name, total };
      });
      const cells = toCells(frame, dimensions, valueColumn, values.frequency, top, values.input);
      const table = buildTable({ dimensions: tableDimensions, cells, source: values.input });
      verdict = await checkRelease({ kind, table, source: values.input }, policy);
      if (values.output && verdict.protectedTable) {
        const rows = verdict.protectedTable.cells.map((cell) => ({
          ...cell.coordinates,
          status: cell.status,
          rules: cell.rules.length > 0 ? cell.rules.join("+") : null,
          published: cell.published === null ? null : String(cell.published),
        }));
        writeFileAtomically(values.output, pl.DataFrame(rows).writeCSV().toString());
      }
    }
    const json = `${JSON.stringify(verdict.report, null, 2)}\n`;
    if (values.report) writeFileAtomically(values.report, json);
    io.stdout(format === "json" ? json : verdict.text);
    return verdict.passed ? ExitCode.ok : ExitCode.checkFailed;
  },
});

function loadPolicy(name: string | undefined, file: string | undefined): DisclosurePolicy {
  if (name !== undefined && file !== undefined) throw usageError(messages().cli.check.policyConflict);
  if (file === undefined) return resolvePolicy(name ?? "oraccle-k5");
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(
      `cannot read the policy as JSON (${(error as Error).message})`,
      { file },
      undefined,
      {
        cause: error,
      },
    );
  }
  return resolvePolicy(parsed as DisclosurePolicy);
}

export function readCsv(file: string): pl.DataFrame {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      { file },
      "check the path",
      { cause: error },
    );
  }
  try {
    // Every column as text: codes keep their leading zeros, numbers are parsed here with line numbers.
    return pl.readCSV(bytes, { inferSchemaLength: 0 });
  } catch (error) {
    throw new InputError(`not a readable CSV file (${(error as Error).message})`, { file }, undefined, {
      cause: error,
    });
  }
}

function readHierarchies(file: string): Record<string, Record<string, string>> {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, string>>;
  } catch (error) {
    throw new InputError(
      `cannot read the hierarchies as JSON (${(error as Error).message})`,
      { file },
      'expected {"dimension": {"child": "parent"}}',
      { cause: error },
    );
  }
}

function toCells(
  frame: pl.DataFrame,
  dimensions: string[],
  valueColumn: string,
  frequencyColumn: string | undefined,
  top: string[],
  file: string,
): TableCell[] {
  const rows = frame.toRecords() as Record<string, string | null>[];
  const number = (row: Record<string, string | null>, column: string, line: number): number => {
    const raw = row[column];
    const parsed = raw === null || raw === undefined || raw.trim() === "" ? Number.NaN : Number(raw);
    if (!Number.isFinite(parsed) || parsed < 0) {
      throw new InputError(
        "expected a number ≥ 0",
        { file, line, column, value: raw ?? "" },
        "tables hold non-negative counts or magnitudes",
      );
    }
    return parsed;
  };
  return rows.map((row, index) => {
    const line = index + 2;
    const coordinates: Record<string, string> = {};
    for (const dimension of dimensions) {
      const code = row[dimension];
      if (code === null || code === undefined || code === "") {
        throw new InputError("empty code", { file, line, column: dimension }, "margins use the total code");
      }
      coordinates[dimension] = code;
    }
    const cell: TableCell = { coordinates, value: number(row, valueColumn, line) };
    if (frequencyColumn) cell.frequency = number(row, frequencyColumn, line);
    if (top.length > 0) {
      // An empty contribution column means "no such contributor" (a cell with one unit has no x₂).
      const present = top.filter((column) => (row[column] ?? "").trim() !== "");
      cell.topContributions = present.map((column) => number(row, column, line));
    }
    return cell;
  });
}
