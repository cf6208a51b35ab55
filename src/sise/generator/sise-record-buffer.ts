import type pl from "nodejs-polars";
import { INSCRIPTION_COLUMNS, RESULTAT_COLUMNS, type SiseColumnSpec } from "../schema.js";
import { siseFrame } from "../sise-frame.js";

type Value = string | number | null;

/**
 * Rows of one SISE file kind (inscriptions or résultats) kept column by column, in the order and
 * with the types of docs/data-model.md, until they are turned into a polars frame.
 *
 * @example
 * const buffer = new SiseRecordBuffer("inscriptions");
 * buffer.push({ rentree: 2015, id_etu: "…", … });
 * buffer.toDataFrame().height; // 1
 */
export class SiseRecordBuffer {
  readonly columns: readonly SiseColumnSpec[];
  private readonly values: Value[][];

  constructor(kind: "inscriptions" | "resultats") {
    this.columns = kind === "inscriptions" ? INSCRIPTION_COLUMNS : RESULTAT_COLUMNS;
    this.values = this.columns.map(() => []);
  }

  /** Number of rows held. */
  get length(): number {
    return this.values[0]!.length;
  }

  /** Appends one row; missing keys are null. */
  push(row: Record<string, Value>): void {
    this.columns.forEach((spec, i) => {
      this.values[i]!.push(row[spec.name] ?? null);
    });
  }

  /** The values of one column (for counting in tests without polars). */
  column(name: string): readonly Value[] {
    const i = this.columns.findIndex((spec) => spec.name === name);
    if (i < 0) throw new RangeError(`no column '${name}'`);
    return this.values[i]!;
  }

  /** A polars frame with the data-model columns and types. */
  toDataFrame(): pl.DataFrame {
    return siseFrame(this.columns, (_, i) => this.values[i]!);
  }

  /** Empties the buffer. */
  clear(): void {
    for (const column of this.values) column.length = 0;
  }
}
