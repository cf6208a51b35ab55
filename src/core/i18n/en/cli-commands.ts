import type { cliCommandsFr } from "../fr/cli-commands.js";

/** Help of each `oraccle` command, in English (same shape as the French). */
export const cliCommandsEn: typeof cliCommandsFr = {
  generate: {
    summary: "generate a calibrated synthetic SISE extract (inscriptions and résultats per rentrée)",
    description:
      "Generates a synthetic SISE extract (Île-de-France-like universities, calibrated on the MESR national\n" +
      "cohort indicators): one inscriYY and one resultYY file per rentrée, with the columns of\n" +
      "docs/data-model.md. The same seed and options give byte-identical files.",
    options: {
      seed: "integer seed of every random draw (required)",
      entrants: "néo-bacheliers entering each rentrée; other entrants are proportional (required)",
      rentrees: "rentrées written, e.g. 2015-2024 (default 2015-2024)",
      out: "output folder (created if needed; must not already hold SISE files)",
      format: "file format: parquet (default) or csv (comma-separated UTF-8)",
      warmup: "cohorts simulated before the first rentrée (default 5)",
      force: "replace the SISE files already in the folder",
    },
    epilog:
      "Examples:\n" +
      "  oraccle generate --seed 20240901 --entrants 3000 --out data/sise\n" +
      "  oraccle generate --seed 7 --entrants 470000 --rentrees 2022-2022 --out /tmp/national --format csv",
  },
  validate: {
    summary: "read and check a SISE extract folder (CSV/Parquet): report, rejected rows, row accounting",
    description:
      "Reads and checks a folder of SISE files (inscriYY / resultYY, CSV or Parquet) and prints the validation report.",
    options: {
      input: "folder holding inscri15.csv … result24.parquet (required)",
      report: "also write the validation report as JSON to this file",
      rejects: "write every rejected row (file, line, column, value, reason, message) as CSV to this file",
      strictCodes: "reject rows whose codes are not in the SISE code lists (default: report them only)",
      encoding: "CSV encoding: auto (default: UTF-8 with or without BOM, else Windows-1252), utf8 or latin1",
    },
    epilog:
      "The report is printed on stdout. Exit codes: 0 every row accepted; 1 rows were rejected;\n" +
      "2 wrong usage; 3 a file cannot be read (file, line, column and value are named); 4 an output\n" +
      "file cannot be written.",
  },
  trajectories: {
    summary: "study paths: principal enrolments, transitions (MESR devenir), flows, Oraccle traces",
    description: "Rebuilds study paths: principal enrolments, yearly states, transitions, flows, traces.",
    options: {
      out: "folder to write the CSV files to (created if missing; our files are overwritten)",
      granularity:
        "state detail: niveau (default: L1, M2, BUT3…), groupe (+ groupe disciplinaire), etablissement (+ groupe and UAI)",
      excludeCpgeDoubles: "drop the university side of CPGE double enrolments (curpar 02 / conv P)",
      excludeNursing: "drop nursing-diploma enrolments (typ_dipl PJ)",
      sankey: "also write sankey.html (offline plotly Sankey of the flows)",
    },
    epilog:
      "Files written (UTF-8, comma-separated, sorted, identical bytes for identical input):\n" +
      "  transitions.csv          one row per student and year: state, next_state, transition, devenir (MESR)…\n" +
      "  flows.csv                from_rentree, to_rentree, from_state, to_state, n, pct\n" +
      "  traces.csv               one Oraccle trace per student (years joined by +, gap years empty)\n" +
      "  cohortes.csv             cohorteid, trace, effectif, reussites\n" +
      "  cohorte_<attribut>.csv   cohorteid, <attribut>, effectif (sexe, bac_rgrp, anbac, premiereins…)\n\n" +
      "Nothing is masked: run the disclosure gate before publishing these files.",
  },
  indicators: {
    summary: "MESR cohort indicators (passage, réussite, master, BUT) with Wilson intervals",
    description: "MESR cohort indicators (passage en L2, réussite en licence…) with Wilson intervals.",
    options: {
      cohort: "rentrée of entry (e.g. 2018)",
      out: "CSV file to write (MESR open-data field names)",
      kind: "licence (default: néo-bacheliers in L1), master (first-time M1) or but (BUT 1st year)",
      by: "breakdowns, comma-separated: etabli, gd_discipline, serie_bac (bac_rgrp), serie_bac_group, mention_bac, age_au_bac, sexe, origine_sociale",
      etabli: "restrict the cohort to one establishment (repeatable)",
      allEntrants: "keep every L1 entrant, not only néo-bacheliers entering for the first time",
      small: "flag groups with fewer than n students (default 30)",
      format: "wide (default: one row per group) or long (one row per group × indicator)",
      va: "also compute the valeur ajoutée of each establishment for this indicator (reference: all establishments of the extract)",
      vaOut: "CSV file for the valeur ajoutée (required with --va)",
      strata: "strata of the valeur ajoutée (default gd_discipline,serie_bac,age_au_bac,sexe,mention_bac)",
    },
    epilog:
      'Indicators the cohort has not been followed long enough for are written empty ("not available").\n' +
      "Nothing is masked: run the disclosure gate before publishing the file.",
  },
  sequences: {
    summary: "state-sequence statistics (TraMineR definitions), as text or JSON",
    description:
      "State-sequence statistics with TraMineR's definitions (seqstatd, seqtrate, seqtab, seqmeant, seqST, seqici…).",
    options: {
      input: "wide CSV file: one row per individual, one column per position (',' or ';')",
      columns: "position columns: FIRST:LAST (inclusive, file order) or a,b,c",
      id: "column holding the sequence ids (default: row numbers)",
      weights: "column holding case weights (numbers ≥ 0); statistics are then weighted",
      alphabet: "ordered states, comma-separated (default: the states found, sorted)",
      labels: "state labels, comma-separated, same order as --alphabet",
      left: "missing cells before the first state: NA (kept, default), DEL, or a state",
      gaps: "missing cells between states: NA (default), DEL, or a state",
      right: "missing cells after the last state: DEL (default: shorter sequence), NA, or a state",
      top: "number of most frequent sequences listed (default 10)",
      json: "print every statistic as JSON (shape: docs/sequences-cli.md)",
      distance: "also write the distance matrix: om, lcs, ham or dhd (TraMineR seqdist)",
      out: "CSV file for the distance matrix (square, with ids)",
      sm: "substitution costs for om/ham: constant or trate (default: trate for om)",
      indel: "indel cost for om: a number or auto (default auto)",
      norm: "none (default), auto, maxlength, gmean, maxdist or YujianBo",
      withMissing: "treat missing cells as a state in distances (default: refuse them)",
      channels:
        "other channels (multichannel sequences): CSV files shaped like --input (same --id and --columns), comma-separated; --distance om|ham then gives the multichannel distance (seqMD)",
      channelNames: "channel names, --input included (default: the file names)",
      channelWeights: "weight of each channel in the sum of costs (default 1 each)",
      channelSm: "substitution costs of each channel: constant or trate (default: --sm, else trate)",
    },
    epilog: "Empty cells, NA and * are missing values.",
  },
  check: {
    summary: "apply a disclosure policy (k-anonymity, cell suppression + LP audit) to a release candidate",
    description:
      "Applies a disclosure policy to a release candidate and says whether it may leave the secure\n" +
      "environment. Exit code 0 when it passes, 1 when it is refused. The report names rules, counts,\n" +
      "rows (file lines) and cell coordinates, never the values.",
    arguments: { kind: "microdata (one row per person) or table (one row per cell, margins included)" },
    groups: {
      common: "Common options:",
      microdata: "microdata (one row per person):",
      table: "table (one row per cell, margins included; margins use the total code):",
    },
    options: {
      input: "CSV file (comma-separated, header on line 1)",
      policyFile: "a custom policy (JSON, see docs/disclosure-report.md) instead of --policy",
      report: "write the JSON report to this file",
      format: "what to print: text (default) or json",
      keys: "key variables (quasi-identifiers), required",
      sensitive: "sensitive attributes, for the policy's l-diversity rule",
      weights: "survey weights, for sdcMicro's individual and global risk",
      missing: "how empty key values count: wildcard or category (default: the policy's, else wildcard)",
      dimensions: "spanning variables, required",
      value: "published value column (default: the frequency column)",
      frequency: "number of contributors (default: the value column)",
      top: "largest contributions, largest first (for dominance / p % rules)",
      total: "code of the margins in every dimension (default Total)",
      hierarchy: 'JSON {"dimension": {"child": "parent", …}} for hierarchical dimensions',
      output: "write the protected table (dimensions, status, rules, published) as CSV",
    },
    epilog:
      "Examples:\n" +
      "  oraccle check microdata --input inscri22.csv --keys sexe,annais,etabli,diplom --policy oraccle-k5\n" +
      "  oraccle check table --input effectifs.csv --dimensions etabli,typ_dipl --value effectif --report report.json",
  },
  risk: {
    summary: "measure the re-identification risk of a microdata file (sdcMicro's measure_risk view, SUDA2)",
    description:
      "Measures the risk of a CSV file (one row per person) on its key variables: fk/Fk frequencies,\n" +
      "k-anonymity violations for k = 2, 3 and 5, individual risk distribution, global risk (ER and rate),\n" +
      "SUDA2 (MSUs, SUDA and DIS-SUDA scores, variable contributions). A measurement, not a check: exit code 0.",
    options: {
      input: "CSV file (comma-separated, header on line 1)",
      keys: "key variables (quasi-identifiers), required",
      weights: "sampling weights (sdcMicro's Fk and individual risk); without weights, r = 1/fk",
      missing: "how empty keys count: wildcard (default, sdcMicro) or category",
      maxMsu: "largest MSU size SUDA2 searches (default: all variables; 0 = no SUDA2)",
      format: "what is printed: text (default) or json",
      records: "write one row per record (keys, fk, risk, SUDA, DIS-SUDA) as CSV to this file",
    },
    epilog:
      "Example:\n  oraccle risk --input students.csv --keys sexe,annais,bac_rgrp,etabli --records risk.csv",
  },
  link: {
    summary: "link an establishment's extract (Apogée, Pégase) with SISE by hashed INE, before anonymisation",
    description:
      "Reads and checks an establishment's extract (one row per student, year and step; columns in\n" +
      "docs/data-model.md), turns each INE into its SISE id with the pseudonymisation's keyed hash, matches\n" +
      "the establishment's SISE enrolments and prints the match report (matched, unmatched on each side,\n" +
      "conflicting years or diplomas, duplicates). Run it inside the secure environment.\n" +
      "Without a key, or with a weak one, the command stops with code 5 before reading anything.",
    options: {
      extract: "the establishment's extract (CSV or Parquet)",
      sise: "folder of the SISE extract (inscriYY / resultYY)",
      uai: "UAI of the establishment the extract comes from",
      correspondance: "step → SISE diploma correspondence table (etape, diplom, niveau)",
      keyFile: "file holding SISE's pseudonymisation key",
      keyEnv: "environment variable holding the key (default ORACCLE_PSEUDONYMISATION_KEY)",
      bits: "length of the SISE ids in bits (default 64, 16 hexadecimal characters)",
      report: "also write the match report as JSON to this file",
      out: "write the establishment's SISE enrolments, enriched (step, results, withdrawal), as CSV",
      rejects: "write the extract's rejected rows (file, line, column, value, reason) as CSV",
    },
    epilog:
      "Example on the synthetic data:\n" +
      "  oraccle link --extract data/etablissement/extrait-0911975C.csv --sise data/sise --uai 0911975C \\\n" +
      "    --key-file data/etablissement/cle-synthetique.txt\n" +
      "Exit codes: 0 every row read; 1 rows rejected; 2 usage; 3 unreadable file; 5 missing or weak key.",
  },
  pseudonymise: {
    summary: "replace identifiers by keyed HMAC-SHA-256 pseudonyms (pseudonymisation, not anonymisation)",
    description:
      "Replaces identifiers (INE, student numbers) by HMAC-SHA-256 pseudonyms under a secret key.\n" +
      "This is PSEUDONYMISATION, NOT ANONYMISATION: the output is still personal data (GDPR recital 26);\n" +
      "only data that pass 'oraccle check' may be opened.\n\n" +
      "The key (at least 256 bits, e.g. 'openssl rand -hex 32') is read from a file or from an\n" +
      "environment variable, never from the command line; there is no default key. Without a key, or\n" +
      "with a weak one, the command stops with exit code 5. Use a new key for every release.",
    options: {
      input: "CSV file (comma-separated, header on line 1)",
      output: "where to write the pseudonymised CSV (must differ from --input)",
      columns: "columns holding identifiers (empty cells stay empty)",
      keyFile: "file holding the key (hex, or base64: prefix)",
      keyEnv: "environment variable holding the key (default ORACCLE_PSEUDONYMISATION_KEY)",
      bits: "keep the first n bits of each pseudonym, 64 to 256 (default 256)",
      context: "release label mixed into every pseudonym (unlinkable releases under one key)",
    },
  },
  publish: {
    summary: "open dataset from a SISE extract: traces, flows, indicators, all through the disclosure gate",
    description:
      "From a SISE extract to a data.gouv.fr-ready open dataset, every output through the disclosure gate.",
    options: {
      out: "output folder; written atomically (nothing partial is ever left there)",
      config: "JSON settings: metadata (title, version, created…), cohortAttributes, indicatorBreakdown",
      overwrite: "replace an output folder that already holds a dataset",
      partitionRows:
        "without --partitions: one partition of students per n enrolments (default 2000000); smaller uses less memory, the output is the same",
      partitions:
        "number of partitions of students: the validated extract is written to disk in n Parquet files, then processed one partition at a time (default: from --partition-rows); the output is the same",
      spillDir:
        "folder in which this run creates its spill folder (removed at the end); default: the parent folder of --out",
      noUtility: "do not measure the utility (utilite.json and its section of the fiche and of the report)",
    },
    epilog:
      "Writes: cohortes.csv, formations.csv, cohorte_<attribut>.csv, flux.csv, devenir_l1.csv,\n" +
      "reussite_licence.csv, schemas/*.schema.json, datapackage.json, README.md (fiche),\n" +
      "disclosure-report.json, rapport.html, utilite.json.\n" +
      "Exit codes: 0 published; 1 a disclosure gate or the validation refused (nothing written);\n" +
      "2 usage; 3 unreadable input; 4 output folder problem.",
  },
  serve: {
    summary: "serve a published dataset: read-only HTTP API and consultation pages in French",
    description:
      "Serves a published dataset (oraccle publish): a documented JSON/CSV API (OpenAPI, /api/docs) and " +
      "consultation pages (search, formation, « comment y arriver ? », about). Refuses a folder whose data\n" +
      "package does not validate or whose disclosure report is missing or failing.",
    options: {
      data: "folder of the published dataset, e.g. out/open-data (required)",
      port: "TCP port (default 8080)",
      host: "address to listen on (default 127.0.0.1: this machine only)",
    },
    epilog:
      "Example:\n" +
      "  oraccle serve --data out/open-data --port 8080\n" +
      "Exit codes: 1 dataset refused (validation or disclosure gate); 2 usage; 3 missing folder.",
  },
};
