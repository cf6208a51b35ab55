import { formatNumber } from "../format.js";
import { cliCommandsFr } from "./cli-commands.js";

const n = (value: number, digits?: number) =>
  formatNumber(value, digits === undefined ? {} : { digits }, "fr");
const names = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;

/** The command line: help texts, usage errors, command outputs. */
export const cliFr = {
  program: {
    description: "oraccle — boîte à outils open data pour les parcours d'études SISE (Oraccle / UNIF)",
    usage: "<commande> [options]",
    helpOption: "afficher l'aide",
    helpCommand: "afficher l'aide d'une commande",
    versionOption: "afficher la version",
    epilog:
      "Messages en français ; --lang en (ou ORACCLE_LANG=en) pour l'anglais.\n" +
      "Codes de sortie : 0 succès ; 1 un contrôle a échoué (lignes rejetées, publication refusée) ;\n" +
      "2 mauvais usage ; 3 entrée illisible (fichier, ligne, colonne et valeur nommés) ;\n" +
      "4 écriture impossible ; 5 condition de sécurité manquante (clé absente ou faible).",
  },
  help: {
    titles: {
      "Usage:": "Usage :",
      "Options:": "Options :",
      "Arguments:": "Arguments :",
      "Commands:": "Commandes :",
      "Global Options:": "Options générales :",
    },
  },
  /** Words shown in help for what an option takes: `--input <dossier>`. */
  placeholders: {
    command: "commande",
    kind: "genre",
    folder: "dossier",
    file: "fichier",
    name: "nom",
    code: "code",
    integer: "entier",
    n: "n",
    range: "années",
    format: "format",
    encoding: "encodage",
    year: "année",
    list: "liste",
    uai: "uai",
    indicator: "indicateur",
    columns: "colonnes",
    column: "colonne",
    treatment: "traitement",
    method: "méthode",
    cost: "coût",
    label: "libellé",
  },
  /** Help of the options several commands share. */
  options: {
    input: "dossier de l'extrait SISE (inscriAA / resultAA, .parquet ou .csv)",
    out: "dossier où écrire",
    policy: "politique de secret : oraccle-k5 (par défaut), insee-entreprises ou dgfip-11",
    report: "écrire aussi le rapport en JSON dans ce fichier",
    lang: "langue des messages : fr (par défaut) ou en ; aussi ORACCLE_LANG",
  },
  errors: {
    missingOptions: (flags: readonly string[], _command: string) =>
      flags.length === 1
        ? `l'option ${flags[0]} est obligatoire.`
        : `les options ${names(flags)} sont obligatoires.`,
    notAnInteger: (flag: string, raw: string, min?: number, max?: number) =>
      `${flag} attend un nombre entier${
        min !== undefined && max !== undefined
          ? ` de ${min} à ${max}`
          : min !== undefined
            ? ` supérieur ou égal à ${min}`
            : max !== undefined
              ? ` inférieur ou égal à ${max}`
              : ""
      }, pas « ${raw} ».`,
    notAChoice: (flag: string, raw: string, choices: readonly string[]) =>
      `${flag} vaut ${choices.join(", ")}, pas « ${raw} ».`,
    emptyList: (flag: string) => `${flag} attend une liste de noms séparés par des virgules.`,
    cannotWrite: (path: string, reason: string) =>
      `impossible d'écrire « ${path} » (${reason}) ; choisissez un emplacement accessible en écriture.`,
    unknownLanguage: (code: string) => `langue inconnue « ${code} » : --lang vaut fr ou en.`,
    unknownOption: (flag: string) => `option inconnue : ${flag}.`,
    unknownCommand: (name: string) => `commande inconnue : « ${name} ».`,
    optionMissingValue: (flags: string) => `il manque la valeur de l'option ${flags}.`,
    excessArguments: "trop d'arguments.",
    missingArgument: (name: string) => `il manque l'argument ${name}.`,
    conflictingOptions: (flags: readonly string[]) => `les options ${names(flags)} s'excluent.`,
    seeHelp: (command: string | undefined) =>
      command
        ? `Voir « oraccle ${command} --help ».`
        : "Voir « oraccle --help » pour la liste des commandes.",
  },
  commands: cliCommandsFr,
  generate: {
    badRentrees: (raw: string) => `--rentrees s'écrit comme 2015-2024, pas « ${raw} ».`,
    progress: (done: number, total: number) =>
      `génération : ${n((100 * done) / total, 1).padStart(5)} % (${n(done)} / ${n(total)} étudiants)`,
    done: (files: number, out: string, rows: number, students: number, seconds: number) =>
      `${n(files)} fichiers écrits dans ${out} : ${n(rows)} lignes, ${n(students)} étudiants simulés, ${n(seconds, 1)} s`,
  },
  trajectories: {
    sankeyTitle: "Parcours d'une année à l'autre (inscriptions principales)",
    sankeyPageTitle: "Parcours d'études",
    rejectedWarning: (rows: number, input: string) =>
      `attention : ${n(rows)} lignes de l'extrait ont été rejetées à la validation ; détail : oraccle validate --input ${input}`,
  },
  indicators: {
    vaNeedsOut: "--va demande --va-out <fichier>.",
    outsideExtract: (rentree: number, first: number, last: number) =>
      `la cohorte ${rentree} est hors de l'extrait (rentrées ${first}–${last}).`,
  },
  check: {
    kindArgument: "le genre de contrôle (oraccle check <genre>)",
    valueRequired: "un tableau demande --value (ou --frequency).",
    policyConflict: "donnez --policy ou --policy-file, pas les deux.",
  },
  pseudonymise: {
    sameFile: "--output doit différer de --input : l'original n'est jamais écrasé.",
    keyConflict: "donnez --key-file ou --key-env, pas les deux.",
    bitsMultiple: (bits: number) => `--bits est un multiple de 8 de 64 à 256, pas « ${bits} ».`,
  },
};
