import pl from "nodejs-polars";
import { deriveReleased, type ReleasedFrame } from "../../disclosure/gate/released-frame.js";
import type { ReleaseContext, ReleaseTable, TableFields } from "../release-table.js";

/** Documentation of one attribute published per cohort. */
export interface CohortAttribute {
  /** Attribute counted by `cohortCounts` (`sexe`, `anbac`…). */
  attribute: string;
  /** French description of the attribute column. */
  description: string;
  /** Published as an integer (a year, an age). Default: text (a code). */
  integer?: boolean;
}

const ERASURE =
  "Les modalités de moins de k étudiants sont effacées (valeur vide), avec assez d'autres modalités pour que la ligne effacée compte au moins k étudiants : elle ne se recalcule pas par différence avec l'effectif de la cohorte. Une cohorte masquée n'a qu'une ligne effacée, d'effectif 0.";

/**
 * The cohort × attribute table of one attribute, through the gate (`cohort-attribute`: rare
 * values erased, differencing checked against the true cohort totals), or undefined when refused.
 *
 * @example
 * const released = await releaseAttribute(context, "sexe", "cohorte_sexe.csv");
 */
export async function releaseAttribute(
  context: ReleaseContext,
  attribute: string,
  source: string,
): Promise<ReleasedFrame | undefined> {
  const { cohorts, attributes } = context.cohortCounts();
  const counts = attributes
    .filter(pl.col("attribute").eq(pl.lit(attribute)))
    .select(pl.col("cohorteid"), pl.col("value").alias(attribute), pl.col("effectif"));
  return context.gate({
    kind: "cohort-attribute",
    counts,
    attribute,
    totals: cohorts.select("cohorteid", "effectif"),
    source,
  });
}

/** The fields of a table `cohorteid, <columns…>, effectif`. */
export function attributeFields(columns: Record<string, string>): TableFields {
  return {
    cohorteid: {
      description: "Identifiant de la cohorte (voir cohortes.csv)",
      constraints: { required: true },
    },
    ...Object.fromEntries(
      Object.entries(columns).map(([name, description]) => [
        name,
        { description: `${description} ; vide = modalité effacée` },
      ]),
    ),
    effectif: { description: "Nombre d'étudiants ; 0 = masqué (de 1 à k − 1)", constraints: { minimum: 0 } },
  };
}

/**
 * The registry entry of `cohorte_<attribute>.csv` for an attribute published as it is counted.
 *
 * @example
 * export const cohorteSexe = cohortAttributeTable({ attribute: "sexe", description: "Sexe (libelles/sexe.csv)" });
 */
export function cohortAttributeTable(spec: CohortAttribute): ReleaseTable {
  const name = `cohorte_${spec.attribute}`;
  return {
    name,
    title: `Cohortes × ${spec.attribute}`,
    description: `Répartition des étudiants de chaque cohorte selon : ${spec.description}. ${ERASURE}`,
    fields: () => attributeFields({ [spec.attribute]: spec.description }),
    build: async (context) => {
      const released = await releaseAttribute(context, spec.attribute, `${name}.csv`);
      if (!released || !spec.integer) return released;
      return deriveReleased([released], ([frame]) =>
        frame!.withColumns(pl.col(spec.attribute).cast(pl.Int32)),
      );
    },
  };
}
