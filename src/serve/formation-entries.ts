import type pl from "nodejs-polars";

/**
 * One formation of the release as the service shows it: its key (the element of the traces),
 * its published codes, and French labels built from the release's labels.
 *
 * @example
 * const entry: FormationEntry = { key: "1-2500001-0755976N", codes: { typ_dipl: "XA" }, title: "Licence (LMD)", … };
 */
export interface FormationEntry {
  /** The `formation` key, as written in the traces (`degetu-diplom-uai`). */
  key: string;
  /** Every published column of `formations.csv` but the key, as text (null → ""). */
  codes: Record<string, string>;
  /** Diploma label (type of diploma, else the diplom code). */
  diploma: string;
  /** Year of study, in French ("1re année", "bac+3"), or "". */
  level: string;
  /** Discipline label (finest known: sectdis, else discipli), or "". */
  discipline: string;
  /** Establishment label: its name when known, then its UAI. */
  establishment: string;
  /** One-line label: diploma · level · discipline — establishment. */
  title: string;
  /** Lower-case text without accents that search matches against. */
  searchText: string;
}

/**
 * Lower case, accents removed, punctuation as spaces: "Médecine, PASS" → "medecine pass".
 *
 * @example
 * foldText("Sciences de l'Éducation"); // "sciences de l education"
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

type Labels = Record<string, Record<string, string>>;

/**
 * The formations of a release with labels and search text, in the order of `formations.csv`.
 *
 * @example
 * formationEntries(frames.formations, frames.labels)[0].title; // "Licence (LMD) · 1re année · Droit — Université …"
 */
export function formationEntries(formations: pl.DataFrame, labels: Labels): FormationEntry[] {
  const columns = formations.columns.filter((name) => name !== "formation");
  const records = formations.toRecords() as Record<string, unknown>[];
  return records.map((record) => {
    const codes: Record<string, string> = {};
    for (const name of columns) codes[name] = record[name] == null ? "" : String(record[name]);
    return describeFormation(String(record.formation), codes, labels);
  });
}

/**
 * Labels of one formation from its codes; a formation seen in the traces but absent from
 * `formations.csv` gets its codes from its key (`degetu-diplom-uai`).
 *
 * @example
 * describeFormation("1-2500001-0755976N", {}, labels).establishment; // "Université Paris Cité (0755976N)"
 */
export function describeFormation(
  key: string,
  codes: Record<string, string>,
  labels: Labels,
): FormationEntry {
  const parts = key.split("-");
  const uai = codes.etabli || (parts.at(-1) ?? "");
  const diplom = codes.diplom || parts.slice(1, -1).join("-");
  const label = (list: string, code: string | undefined) => (code ? labels[list]?.[code] : undefined);
  const diploma = label("diplom", diplom) ?? label("typ_dipl", codes.typ_dipl) ?? `Diplôme ${diplom}`;
  const discipline = label("sectdis", codes.sectdis) ?? label("discipli", codes.discipli) ?? "";
  const name = label("etabli", uai);
  const establishment = name ? `${name} (${uai})` : uai ? `Établissement ${uai}` : "";
  const level = levelText(codes.niveau, codes.degetu ?? (parts.length > 2 ? parts[0] : undefined));
  const title = `${[diploma, level, discipline].filter(Boolean).join(" · ")}${establishment ? ` — ${establishment}` : ""}`;
  const searchable = [
    title,
    key,
    label("typ_dipl", codes.typ_dipl),
    label("discipli", codes.discipli),
    label("groupe", codes.groupe),
    label("acaeta", codes.acaeta),
  ];
  return {
    key,
    codes,
    diploma,
    level,
    discipline,
    establishment,
    title,
    searchText: foldText(searchable.filter(Boolean).join(" ")),
  };
}

function levelText(niveau: string | undefined, degetu: string | undefined): string {
  const year = Number(niveau);
  if (niveau && Number.isInteger(year) && year > 0) return year === 1 ? "1re année" : `${year}e année`;
  const bacPlus = Number(degetu);
  if (degetu && degetu !== "." && Number.isInteger(bacPlus)) return `bac+${bacPlus}`;
  return "";
}
