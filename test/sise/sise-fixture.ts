import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A valid enrolment with every data-model column, as raw strings; override what a test needs. */
export function inscription(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    rentree: "2022",
    id_etu: "a1b2c3d4",
    etabli: "0931238R",
    compos: "",
    inspr: "O",
    sexe: "2",
    annais: "2004",
    anbac: "2022",
    bac_rgrp: "A",
    bac_spe1: "MATHS",
    bac_spe2: "SES",
    mention_bac: "B",
    acabac: "24",
    pcspar: "38",
    nation: "100",
    typ_dipl: "XA",
    diplom: "2500123",
    niveau: "01",
    cursus_lmd: "L",
    sectdis: "38",
    discipli: "02",
    groupe: "2",
    gd_discipline: "DSA",
    regime: "10",
    amena: "",
    par_type: "",
    curpar: "",
    conv: "",
    ...overrides,
  };
}

/** A valid result matching {@link inscription}'s defaults. */
export function resultat(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    rentree: "2022",
    session: "2023",
    id_etu: "a1b2c3d4",
    etabli: "0931238R",
    diplom: "2500123",
    typ_dipl: "XA",
    niveau: "01",
    resdip: "N",
    resint: "N",
    ...overrides,
  };
}

/** CSV text from records (columns of the first record), without quoting. */
export function csvText(rows: Record<string, string>[], delimiter = ",", header?: string[]): string {
  const columns = header ?? Object.keys(rows[0] ?? inscription());
  return `${[columns.join(delimiter), ...rows.map((r) => columns.map((c) => r[c] ?? "").join(delimiter))].join("\n")}\n`;
}

/** A fresh temporary folder holding the given files. */
export function extractFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "oraccle-sise-"));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
