import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface PackageDescriptor {
  name: string;
  title: string;
  description: string;
  version: string;
  created: string;
  keywords?: string[];
  homepage?: string;
  licenses: { path: string; title: string }[];
  temporal?: { start: string; end: string };
  resources: {
    name: string;
    path: string;
    title: string;
    description: string;
    mediatype: string;
    schema: string;
  }[];
}

/**
 * A DCAT description (JSON-LD) of the dataset written in `folder`, built from its
 * `datapackage.json`, for data.gouv.fr harvesting: a `dcat:Catalog` holding one `dcat:Dataset`
 * (title, description, keywords, licence, temporal coverage, yearly update, identifier, issue and
 * modification dates, landing page when the metadata give a homepage) and one `dcat:Distribution`
 * per resource (title, description, relative access URL, media type, the Table Schema it conforms
 * to). Deterministic: no clock, the dates are the package's.
 *
 * @example
 * writeFileSync("catalog.jsonld", `${JSON.stringify(catalogJsonLd(folder), null, 2)}\n`);
 */
export function catalogJsonLd(folder: string): Record<string, unknown> {
  const pkg = JSON.parse(readFileSync(join(folder, "datapackage.json"), "utf8")) as PackageDescriptor;
  const identifier = `${pkg.name}-${pkg.version}`;
  const dataset: Record<string, unknown> = {
    "@id": pkg.homepage ?? `urn:oraccle:${identifier}`,
    "@type": "dcat:Dataset",
    "dct:identifier": identifier,
    "dct:title": pkg.title,
    "skos:altLabel": pkg.name,
    "dct:description": pkg.description,
    "dcat:keyword": pkg.keywords ?? [],
    "dct:license": { "@id": pkg.licenses[0]?.path },
    "dct:accrualPeriodicity": { "@id": "http://purl.org/cld/freq/annual" },
    "dct:issued": { "@value": pkg.created.slice(0, 10), "@type": "xsd:date" },
    "dct:modified": { "@value": pkg.created.slice(0, 10), "@type": "xsd:date" },
    ...(pkg.temporal
      ? {
          "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": { "@value": pkg.temporal.start, "@type": "xsd:date" },
            "dcat:endDate": { "@value": pkg.temporal.end, "@type": "xsd:date" },
          },
        }
      : {}),
    ...(pkg.homepage ? { "dcat:landingPage": { "@id": pkg.homepage } } : {}),
    "dcat:distribution": pkg.resources.map((resource) => ({
      "@type": "dcat:Distribution",
      "dct:identifier": resource.name,
      "dct:title": resource.title,
      "dct:description": resource.description,
      "dcat:accessURL": resource.path,
      "dcat:mediaType": resource.mediatype,
      "dct:format": "CSV",
      "dct:conformsTo": { "@id": resource.schema },
      "dct:license": { "@id": pkg.licenses[0]?.path },
    })),
  };
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      skos: "http://www.w3.org/2004/02/skos/core#",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@type": "dcat:Catalog",
    "dct:title": pkg.title,
    "dcat:dataset": [dataset],
  };
}

/**
 * Writes `catalog.jsonld` next to `datapackage.json` (see {@link catalogJsonLd}).
 *
 * @example
 * writeCatalog("out/open-data");
 */
export function writeCatalog(folder: string): void {
  writeFileSync(join(folder, "catalog.jsonld"), `${JSON.stringify(catalogJsonLd(folder), null, 2)}\n`);
}
