import { buildTable } from "../disclosure/tables/build-table.js";
import type { LinearTable, TableCell } from "../disclosure/tables/linear-table.js";

/** Options of {@link tableauAMarges}. */
export interface TableauAMargesOptions {
  /** Names of the two dimensions (rows, columns). Default `["ligne", "colonne"]`. */
  noms?: readonly [string, string];
  /** Code of the margins. Default `"total"`. */
  total?: string;
  /** Cells suppressed by hand (`"ligne|colonne"`), as a primary suppression would. Default none. */
  masquees?: readonly string[];
}

/** A two-way table with its margins, as {@link tableauAMarges} returns it. */
export interface TableauAMarges extends LinearTable {
  /** Row codes, then the total. */
  lignes: string[];
  /** Column codes, then the total. */
  colonnes: string[];
  /** Names of the two dimensions. */
  noms: readonly [string, string];
}

/**
 * Builds a two-way count table with its margins (row totals, column totals and the grand
 * total computed here) as the disclosure functions read it (`buildTable`): one entry per row,
 * the values in the order of `colonnes`.
 *
 * @example
 * const t = tableauAMarges({ Droit: [42, 3], Histoire: [27, 19] }, ["femmes", "hommes"], { noms: ["formation", "sexe"] });
 * primarySuppression(t, { rules: [{ kind: "frequency", threshold: 5, convention: "<" }] });
 */
export function tableauAMarges(
  valeurs: Readonly<Record<string, readonly number[]>>,
  colonnes: readonly string[],
  options: TableauAMargesOptions = {},
): TableauAMarges {
  const [dimLigne, dimColonne] = options.noms ?? ["ligne", "colonne"];
  const total = options.total ?? "total";
  const masquees = new Set(options.masquees ?? []);
  const lignes = Object.keys(valeurs);
  const cellules: TableCell[] = [];
  const ajouter = (ligne: string, colonne: string, value: number) =>
    cellules.push({
      coordinates: { [dimLigne]: ligne, [dimColonne]: colonne },
      value,
      ...(masquees.has(`${ligne}|${colonne}`) ? { manual: "unsafe" as const } : {}),
    });
  const totaux = colonnes.map(() => 0);
  for (const ligne of lignes) {
    const rang = valeurs[ligne] ?? [];
    colonnes.forEach((colonne, j) => {
      const v = rang[j] ?? 0;
      totaux[j] = (totaux[j] ?? 0) + v;
      ajouter(ligne, colonne, v);
    });
    ajouter(
      ligne,
      total,
      rang.reduce((s, v) => s + v, 0),
    );
  }
  colonnes.forEach((colonne, j) => {
    ajouter(total, colonne, totaux[j] ?? 0);
  });
  ajouter(
    total,
    total,
    totaux.reduce((s, v) => s + v, 0),
  );
  const table = buildTable({
    dimensions: [
      { name: dimLigne, total },
      { name: dimColonne, total },
    ],
    cells: cellules,
  });
  return {
    ...table,
    lignes: [...lignes, total],
    colonnes: [...colonnes, total],
    noms: [dimLigne, dimColonne],
  };
}
