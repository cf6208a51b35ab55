import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pl from "nodejs-polars";
import { ExitCode, InputError, OraccleError } from "../../core/errors.js";
import { requireColumns } from "../../core/require-columns.js";
import { checkRelease } from "../../disclosure/gate/check-release.js";
import { type DisclosurePolicy, resolvePolicy } from "../../disclosure/gate/disclosure-policy.js";
import { buildTable, type TableDimension } from "../../disclosure/tables/build-table.js";
import type { TableCell } from "../../disclosure/tables/linear-table.js";
import type { Command } from "../command.js";

const USAGE = `oraccle check microdata|table --input FILE [options]

Applies a disclosure policy to a release candidate and says whether it may leave the secure
environment. Exit code 0 when it passes, 1 when it is refused. The report names rules, counts,
rows (file lines) and cell coordinates, never the values.

Common options:
  --input FILE          CSV file (comma-separated, header on line 1)
  --policy NAME         oraccle-k5 (default), insee-entreprises or dgfip-11
  --policy-file FILE    a custom policy (JSON, see docs/disclosure-report.md) instead of --policy
  --report FILE         write the JSON report to FILE
  --format text|json    what to print on stdout (default text)

microdata (one row per person):
  --keys a,b,c          key variables (quasi-identifiers), required
  --sensitive s,t       sensitive attributes, for the policy's l-diversity rule
  --weights COL         survey weights, for sdcMicro's individual and global risk
  --missing wildcard|category   how empty key values count (default: the policy's, else wildcard)

table (one row per cell, margins included; margins use the total code):
  --dimensions a,b      spanning variables, required
  --value COL           published value column (default: the frequency column)
  --frequency COL       number of contributors (default: the value column)
  --top c1,c2           largest contributions, largest first (for dominance / p % rules)
  --total CODE          code of the margins in every dimension (default Total)
  --hierarchy FILE      JSON {"dimension": {"child": "parent", …}} for hierarchical dimensions
  --output FILE         write the protected table (dimensions, status, rules, published) as CSV

Examples:
  oraccle check microdata --input inscri22.csv --keys sexe,annais,etabli,diplom --policy oraccle-k5
  oraccle check table --input effectifs.csv --dimensions etabli,typ_dipl --value effectif --report report.json`;

/**
 * `oraccle check microdata|table`: the release gate on a CSV file. Prints a readable (or JSON)
 * report, optionally writes it and the protected table, and exits 1 when the policy refuses.
 *
 * @example
 * // oraccle check table --input effectifs.csv --dimensions etabli,sexe --value n --policy oraccle-k5
 */
export const checkCommand: Command = {
  name: "check",
  summary: "apply a disclosure policy (k-anonymity, cell suppression + LP audit) to a release candidate",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        input: { type: "string" },
        policy: { type: "string" },
        "policy-file": { type: "string" },
        report: { type: "string" },
        format: { type: "string" },
        keys: { type: "string" },
        sensitive: { type: "string" },
        missing: { type: "string" },
        weights: { type: "string" },
        dimensions: { type: "string" },
        value: { type: "string" },
        frequency: { type: "string" },
        top: { type: "string" },
        total: { type: "string" },
        hierarchy: { type: "string" },
        output: { type: "string" },
      },
    });
    const kind = positionals[0];
    if ((kind !== "microdata" && kind !== "table") || positionals.length > 1) {
      throw usage(`say what to check: 'microdata' or 'table' (got '${positionals.join(" ")}')`);
    }
    if (!values.input) throw usage("--input FILE is required");
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw usage(`--format is text or json, not '${format}'`);
    const policy = loadPolicy(values.policy, values["policy-file"]);
    const frame = readCsv(values.input);

    let verdict: Awaited<ReturnType<typeof checkRelease>>;
    if (kind === "microdata") {
      const keys = list(values.keys, "--keys");
      const sensitive = values.sensitive ? list(values.sensitive, "--sensitive") : [];
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
              file: values.input!,
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
        if (values.missing !== "wildcard" && values.missing !== "category") {
          throw usage(`--missing is wildcard or category, not '${values.missing}'`);
        }
        effective = { ...policy, microdata: { ...policy.microdata, missing: values.missing } };
      }
      verdict = await checkRelease(
        values.weights
          ? { kind, frame: records, keys, sensitive, weights: values.weights, source: values.input }
          : { kind, frame: records, keys, sensitive, source: values.input },
        effective,
      );
    } else {
      const dimensions = list(values.dimensions, "--dimensions");
      const valueColumn = values.value ?? values.frequency;
      if (!valueColumn) throw usage("give --value (or --frequency) for a table");
      const top = values.top ? list(values.top, "--top") : [];
      requireColumns(
        frame,
        [...dimensions, valueColumn, ...(values.frequency ? [values.frequency] : []), ...top],
        values.input,
        { header: true },
      );
      const hierarchies = values.hierarchy ? readHierarchies(values.hierarchy) : {};
      const total = values.total ?? "Total";
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
        writeOutput(values.output, pl.DataFrame(rows).writeCSV().toString());
      }
    }
    const json = `${JSON.stringify(verdict.report, null, 2)}\n`;
    if (values.report) writeOutput(values.report, json);
    io.stdout(format === "json" ? json : verdict.text);
    return verdict.passed ? ExitCode.ok : ExitCode.checkFailed;
  },
};

function usage(message: string): OraccleError {
  return new OraccleError(`${message}. Run 'oraccle check --help'`, ExitCode.usage);
}

function list(text: string | undefined, option: string): string[] {
  const items = (text ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length === 0) throw usage(`${option} needs a comma-separated list of column names`);
  return items;
}

function loadPolicy(name: string | undefined, file: string | undefined): DisclosurePolicy {
  if (name !== undefined && file !== undefined) throw usage("give --policy or --policy-file, not both");
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

function readCsv(file: string): pl.DataFrame {
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

function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new OraccleError(
      `cannot write '${file}' (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      ExitCode.output,
      { cause: error },
    );
  }
}
