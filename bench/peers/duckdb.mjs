// DuckDB peer: the trajectories + devenir en 1 an + réussite en 3 ans logic of common.mjs in SQL,
// on the same Parquet files, through @duckdb/node-api (all cores; memory limit 8 GB, or
// BENCH_DUCKDB_MEMORY).
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { PAR_TYPE_LAS } from "./common.mjs";

export const name = "DuckDB SQL";

const literal = (value) =>
  value == null ? "NULL" : typeof value === "number" ? String(value) : `'${value}'`;

/** Reads the extract into DuckDB tables (timed as "read"), then runs the logic (timed as "logic"). */
export async function run({ dir, types, timer }) {
  // Memory capped below the bench's guard (--mem-limit, 12 GB by default); DuckDB spills to disk
  // past it, as an analyst would configure it on a shared machine.
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: process.env.BENCH_DUCKDB_MEMORY ?? "8GB",
    temp_directory: join(dir, "..", "duckdb-tmp"),
  });
  const db = await instance.connect();
  await timer("read", async () => {
    await db.run(
      `CREATE TABLE ins AS SELECT * FROM read_parquet('${join(dir, "inscri*.parquet")}', filename = true, file_row_number = true)`,
    );
    await db.run(`CREATE TABLE res AS SELECT * FROM read_parquet('${join(dir, "result*.parquet")}')`);
  });
  const rows = await timer("logic", async () => {
    await db.run(
      `CREATE TABLE types AS SELECT * FROM (VALUES ${types
        .map((t) => `(${literal(t.typ_dipl)}, ${literal(t.bac_plus)}, ${literal(t.years)})`)
        .join(", ")}) AS t(typ_dipl, bac_plus, years)`,
    );
    await db.run(`
      CREATE TABLE principal AS
      WITH kept AS (
        SELECT i.*, coalesce(t.bac_plus, -1) * 100 + coalesce(TRY_CAST(i.niveau AS INTEGER), 0) AS score,
               coalesce(i.inspr = 'O', false) AS is_o
        FROM ins i LEFT JOIN types t USING (typ_dipl)
        WHERE NOT (coalesce(i.curpar = '02', false) OR coalesce(i.conv = 'P', false))
      ), candidates AS (
        SELECT * FROM kept
        QUALIFY count_if(is_o) OVER (PARTITION BY id_etu, rentree) = 0 OR is_o
      )
      SELECT * FROM candidates
      QUALIFY row_number() OVER (PARTITION BY id_etu, rentree
        ORDER BY score DESC, diplom ASC NULLS LAST, etabli ASC NULLS LAST, compos ASC NULLS LAST,
                 filename, file_row_number) = 1`);
    const reader = await db.runAndReadAll(`
      WITH bounds AS (
        SELECT min(rentree) AS first_rentree, max(rentree) AS last_rentree FROM principal
      ), last_result AS (SELECT max(rentree) AS last_result FROM res),
      p AS (
        SELECT p.id_etu, p.rentree, p.typ_dipl, TRY_CAST(p.niveau AS INTEGER) AS niv, p.niveau, p.diplom,
               p.groupe, p.discipli, p.gd_discipline, p.par_type, p.anbac, t.years
        FROM principal p LEFT JOIN types t USING (typ_dipl)
      ),
      devenir AS (
        SELECT a.id_etu, a.rentree,
          CASE
            WHEN b.id_etu IS NULL THEN 'sortie'
            WHEN (coalesce(a.typ_dipl = b.typ_dipl, false) AND coalesce(b.niv > a.niv, false)
                  AND (coalesce(a.diplom = b.diplom, false) OR coalesce(a.groupe = b.groupe, false)))
              OR (coalesce(a.typ_dipl = 'XA' AND a.par_type = '${PAR_TYPE_LAS}', false) AND (
                   (coalesce(b.typ_dipl = 'XA', false) AND coalesce(b.niv > a.niv, false))
                OR (coalesce(b.groupe IN ('A', '5', '6') OR b.discipli IN ('11', '12', '13')
                       OR b.gd_discipline = 'SANTE' OR b.typ_dipl IN ('CV', 'CY', 'PJ'), false)
                    AND NOT coalesce(b.typ_dipl IN ('CV', 'CY'), false) AND coalesce(b.niv >= 2, false))))
              THEN 'passage'
            WHEN coalesce(a.typ_dipl = b.typ_dipl, false) AND coalesce(b.niv = a.niv, false)
                 AND (coalesce(a.diplom = b.diplom, false) OR coalesce(a.groupe = b.groupe, false))
              THEN 'redoublement'
            ELSE 'reorientation'
          END AS devenir
        FROM p a LEFT JOIN p b ON b.id_etu = a.id_etu AND b.rentree = a.rentree + 1
        WHERE a.rentree < (SELECT last_rentree FROM bounds) AND coalesce(a.niv < a.years, false)
      ),
      first_year AS (SELECT id_etu, min(rentree) AS first_rentree FROM p GROUP BY id_etu),
      cohort AS (
        SELECT p.id_etu, p.rentree AS cohorte
        FROM p JOIN first_year f ON f.id_etu = p.id_etu AND f.first_rentree = p.rentree
        WHERE p.typ_dipl = 'XA' AND p.niveau = '01' AND p.anbac = p.rentree
          AND p.rentree > (SELECT first_rentree FROM bounds)
      ),
      licence AS (
        SELECT c.id_etu, c.cohorte, min(r.session) - c.cohorte AS years_to_licence
        FROM cohort c JOIN res r ON r.id_etu = c.id_etu
        WHERE r.resdip = 'O' AND r.typ_dipl IN ('XA', 'DP') AND r.rentree >= c.cohorte
        GROUP BY c.id_etu, c.cohorte
      )
      SELECT c.cohorte, count(*) AS students,
        CASE WHEN c.cohorte + 1 <= any_value(b.last_rentree) THEN count_if(d.devenir = 'passage') END AS passage,
        CASE WHEN c.cohorte + 1 <= any_value(b.last_rentree) THEN count_if(d.devenir = 'redoublement') END AS redoublement,
        CASE WHEN c.cohorte + 1 <= any_value(b.last_rentree) THEN count_if(d.devenir = 'reorientation') END AS reorientation,
        CASE WHEN c.cohorte + 1 <= any_value(b.last_rentree) THEN count_if(d.devenir = 'sortie') END AS sortie,
        CASE WHEN c.cohorte + 2 <= any_value(lr.last_result) THEN count_if(l.years_to_licence <= 3) END AS reussite_3_ans
      FROM cohort c
      CROSS JOIN bounds b CROSS JOIN last_result lr
      LEFT JOIN devenir d ON d.id_etu = c.id_etu AND d.rentree = c.cohorte
      LEFT JOIN licence l ON l.id_etu = c.id_etu AND l.cohorte = c.cohorte
      GROUP BY c.cohorte ORDER BY c.cohorte`);
    return reader.getRowObjectsJS();
  });
  db.closeSync?.();
  instance.closeSync?.();
  return rows;
}
