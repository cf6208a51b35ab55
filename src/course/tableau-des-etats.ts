import pl from "nodejs-polars";
import type { SequenceSet } from "../sequences/sequence-set.js";
import { stateDistribution } from "../sequences/state-distribution.js";
import { transitionRates, transitionRatesByPosition } from "../sequences/transition-rates.js";

const enPourcent = (part: number | undefined) =>
  part === undefined || !Number.isFinite(part) ? null : Math.round(1000 * part) / 10;

/**
 * The chronogram as a table (TraMineR `seqstatd`): one row per state (`etat`), then one column per position,
 * the share of the state in %, then the number of observed sequences and the entropy (0 to 1).
 *
 * @example
 * afficherTableau(tableauDesEtats(parcours));
 */
export function tableauDesEtats(parcours: SequenceSet): pl.DataFrame {
  const d = stateDistribution(parcours);
  const ligne = (etat: string, valeurs: (number | null)[]) =>
    Object.fromEntries([["etat", etat], ...d.positions.map((p, t) => [p, valeurs[t] ?? null])]);
  const lignes = [
    ...d.labels.map((libelle, s) => ligne(libelle, (d.frequencies[s] ?? []).map(enPourcent))),
    ligne("Effectif observé", d.validStates),
    ligne(
      "Entropie",
      d.entropy.map((h) => Math.round(1000 * h) / 1000),
    ),
  ];
  // Positions named like numbers ("2018") would come first in an object: order the columns here.
  return pl.DataFrame(lignes).select("etat", ...d.positions);
}

/**
 * The transition rates as a table, in %: one row per origin state ("de"), one column per
 * destination — pooled over all positions (TraMineR `seqtrate`), or between position `depuis`
 * (0 for the first) and the next one (`time.varying = TRUE`).
 *
 * @example
 * afficherTableau(tableauDesTransitions(parcours));             // toutes les années
 * afficherTableau(tableauDesTransitions(parcours, { depuis: 0 })); // première année → deuxième
 */
export function tableauDesTransitions(parcours: SequenceSet, options: { depuis?: number } = {}): object[] {
  const rates =
    options.depuis === undefined
      ? transitionRates(parcours).rates
      : (transitionRatesByPosition(parcours).rates[options.depuis] ?? []);
  return parcours.alphabet.map((de, i) =>
    Object.fromEntries([
      ["de", de],
      ...parcours.alphabet.map((vers, j) => [vers, enPourcent(rates[i]?.[j])]),
    ]),
  );
}
