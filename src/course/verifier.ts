import pl from "nodejs-polars";
import { escapeHtml, tslabDisplayWriter } from "../viz/figure.js";

/** Outcome of a check: right, wrong, or the scaffold still to be filled in. */
export type StatutVerification = "juste" | "faux" | "a-completer";

/**
 * Mime type of the machine-readable part of a check's display: the course runner
 * (scripts/execute_notebooks.py) counts the checks of each notebook with it.
 */
export const VERIFICATION_MIME = "application/vnd.oraccle.verification+json";

/** Options of {@link verifier}. */
export interface VerifierOptions {
  /** What is checked, in the message ("le nombre de L1"). Default `"votre réponse"`. */
  nom?: string;
  /** Largest accepted gap between two numbers. Default `1e-9`. */
  tolerance?: number;
  /** Tables: compare the rows whatever their order. Default `false`. */
  ordreLibre?: boolean;
  /** A hint printed when the answer is wrong. */
  indice?: string;
}

type Valeur = unknown;

function apercu(valeur: Valeur): string {
  if (pl.DataFrame.isDataFrame(valeur)) {
    return `tableau de ${valeur.height} ligne(s) × ${valeur.width} colonne(s) (${valeur.columns.join(", ")})\n${valeur.head(10).toString()}`;
  }
  if (typeof valeur === "number") return valeur.toLocaleString("fr-FR", { maximumFractionDigits: 6 });
  if (typeof valeur === "string") return `« ${valeur} »`;
  return JSON.stringify(valeur, (_, v) => (typeof v === "bigint" ? Number(v) : v));
}

function lignesTriees(frame: pl.DataFrame): string[] {
  return frame
    .toRecords()
    .map((ligne) => JSON.stringify(ligne, (_, v) => (typeof v === "bigint" ? Number(v) : v)));
}

function egales(reponse: Valeur, attendu: Valeur, options: VerifierOptions): boolean {
  const tolerance = options.tolerance ?? 1e-9;
  if (typeof attendu === "number" || typeof attendu === "bigint") {
    const a = Number(attendu);
    const r = typeof reponse === "number" || typeof reponse === "bigint" ? Number(reponse) : Number.NaN;
    return Math.abs(a - r) <= tolerance;
  }
  if (pl.DataFrame.isDataFrame(attendu)) {
    if (!pl.DataFrame.isDataFrame(reponse)) return false;
    if (reponse.columns.join("\u0000") !== attendu.columns.join("\u0000")) return false;
    if (reponse.height !== attendu.height) return false;
    const r = lignesTriees(reponse);
    const a = lignesTriees(attendu);
    if (options.ordreLibre) {
      r.sort();
      a.sort();
    }
    return r.every((ligne, i) => ligne === a[i]);
  }
  if (Array.isArray(attendu)) {
    if (!Array.isArray(reponse) || reponse.length !== attendu.length) return false;
    const r = options.ordreLibre ? [...reponse].sort() : reponse;
    const a = options.ordreLibre ? [...attendu].sort() : attendu;
    return a.every((valeur, i) => egales(r[i], valeur, options));
  }
  if (attendu !== null && typeof attendu === "object") {
    if (reponse === null || typeof reponse !== "object") return false;
    const cles = Object.keys(attendu);
    const attenduParCle = new Map(Object.entries(attendu));
    const reponseParCle = new Map(Object.entries(reponse));
    return (
      cles.length === reponseParCle.size &&
      cles.every(
        (cle) => reponseParCle.has(cle) && egales(reponseParCle.get(cle), attenduParCle.get(cle), options),
      )
    );
  }
  return reponse === attendu;
}

/**
 * Checks a learner's answer and says, in French, whether it is right; a scaffold still holding
 * `undefined` (`/* à compléter *\/ undefined`) is reported as "à compléter", never as an error,
 * so an exercise copy runs from top to bottom. Numbers are compared with a tolerance, tables
 * (polars DataFrames) column by column and row by row, arrays and objects element by element.
 * The expected result is shown whenever the answer is not right.
 *
 * Returns nothing, so that a notebook shows the message only.
 * @example
 * const nombreL1: number | undefined = /* à compléter *\/ undefined;
 * verifier(nombreL1, 12, { nom: "le nombre d'inscrits en L1" });
 */
export function verifier(reponse: Valeur, attendu: Valeur, options: VerifierOptions = {}): void {
  verification(reponse, attendu, options);
}

/**
 * {@link verifier}, returning the outcome (for tests and for a trainer's own checks).
 *
 * @example
 * verification(12, 12); // "juste"
 */
export function verification(
  reponse: Valeur,
  attendu: Valeur,
  options: VerifierOptions = {},
): StatutVerification {
  const nom = options.nom ?? "votre réponse";
  const statut: StatutVerification =
    reponse === undefined ? "a-completer" : egales(reponse, attendu, options) ? "juste" : "faux";
  const message =
    statut === "juste"
      ? `✅ Juste : ${nom} = ${apercu(reponse)}.`
      : statut === "a-completer"
        ? `✏️ À compléter : remplacez /* à compléter */ par votre code, puis relancez la cellule.\nRésultat attendu pour ${nom} : ${apercu(attendu)}`
        : `❌ Pas encore : ${nom} vaut ${apercu(reponse)}.\nRésultat attendu : ${apercu(attendu)}${options.indice ? `\nIndice : ${options.indice}` : ""}`;
  const writer = tslabDisplayWriter();
  if (!writer) {
    console.log(message);
  } else {
    const couleur = statut === "juste" ? "#1b7837" : statut === "faux" ? "#b2182b" : "#8c6d1f";
    writer({
      data: {
        "text/plain": message,
        "text/html": `<pre style="color:${couleur};white-space:pre-wrap">${escapeHtml(message)}</pre>`,
        [VERIFICATION_MIME]: { statut, nom },
      },
      metadata: {},
      transient: {},
    });
  }
  return statut;
}
