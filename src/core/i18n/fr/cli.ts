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
    address: "adresse",
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
    bpbac:
      "dossier d'un extrait BPBAC (bpbacAA, .parquet ou .csv : classes post-bac des lycées, BTS, CPGE…) à joindre à SISE ; par défaut : SISE seul",
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
  sources: {
    bpbacRead: (input: string, read: number, accepted: number, rejected: number) =>
      `BPBAC (${input}) : ${n(read)} lignes lues = ${n(accepted)} acceptées + ${n(rejected)} rejetées ; classes post-bac des lycées jointes à SISE`,
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
  risk: {
    title: (records: number, keys: readonly string[]) =>
      `Risque de réidentification : ${n(records)} enregistrements, variables clés ${names(keys)}`,
    classes: (classes: number) => `Combinaisons de clés distinctes : ${n(classes)}`,
    fk: (unique: number, two: number, threeFour: number, five: number, mean: number) =>
      `Fréquences fk : ${n(unique)} uniques (fk = 1), ${n(two)} en paires, ${n(threeFour)} avec fk de 3 à 4, ${n(five)} avec fk ≥ 5 ; fk moyen ${n(mean, 2)}`,
    Fk: (mean: number, min: number, belowFive: number) =>
      `Fréquences pondérées Fk : moyenne ${n(mean, 1)}, minimum ${n(min, 1)}, ${n(belowFive)} enregistrements avec Fk < 5`,
    kAnonymity: (k: number, records: number, share: number, classes: number) =>
      `  ${k}-anonymat : ${n(records)} enregistrements en infraction (${n(100 * share, 1)} %), ${n(classes)} combinaisons`,
    kHeading: "k-anonymat (enregistrements dont la combinaison de clés est partagée par moins de k) :",
    riskHeading: "Risque individuel (sdcMicro indivRisk) :",
    quantiles: (min: number, q1: number, median: number, q3: number, p90: number, p99: number, max: number) =>
      `  min ${n(min, 4)} ; 1er quartile ${n(q1, 4)} ; médiane ${n(median, 4)} ; 3e quartile ${n(q3, 4)} ; 90 % ${n(p90, 4)} ; 99 % ${n(p99, 4)} ; max ${n(max, 4)}`,
    above: (threshold: number, records: number) =>
      `  au-dessus de ${n(threshold, 2)} : ${n(records)} enregistrements`,
    global: (er: number, rate: number, high: number) =>
      `Risque global : ${n(er, 2)} réidentifications attendues (ER), soit ${n(100 * rate, 2)} % des enregistrements ; ${n(high)} enregistrements à risque nettement plus élevé`,
    sudaHeading: (maxSize: number, scoring: string) =>
      `SUDA2 (MSU jusqu'à ${maxSize} variables, scores ${scoring}) :`,
    suda: (special: number, max: number, dis: number) =>
      `  ${n(special)} enregistrements avec au moins un MSU ; score SUDA maximal ${n(max, 1)} ; DIS ${n(dis, 4)}`,
    disTable: (interval: string, records: number) => `  DIS-SUDA ${interval} : ${n(records)}`,
    contribution: (variable: string, share: number) => `  contribution de ${variable} : ${n(share, 1)} %`,
    sudaSkipped: "SUDA2 non calculé (--max-msu 0).",
    note: "Mesure seulement : aucune règle n'est appliquée (pour décider, oraccle check).",
  },
  utility: {
    headline: (
      within: number | null,
      formations: number,
      minSize: number,
      points: number,
      unusable: number | null,
    ) =>
      `  utilité          ${within === null ? "non publiée" : `${n(within)} des ${n(formations)} formations d'au moins ${n(minSize)} étudiants à ± ${n(points)} points`}` +
      `${unusable === null ? "" : ` ; ${n(100 * unusable, 1)} % des formations inutilisables`} (utilite.json)`,
  },
  pseudonymise: {
    sameFile: "--output doit différer de --input : l'original n'est jamais écrasé.",
    keyConflict: "donnez --key-file ou --key-env, pas les deux.",
    bitsMultiple: (bits: number) => `--bits est un multiple de 8 de 64 à 256, pas « ${bits} ».`,
  },
  serve: {
    listening: (url: string, folder: string) =>
      `service de consultation sur ${url} (jeu ${folder}) ; API : ${url}/api/docs ; arrêt : Ctrl+C`,
  },
};
