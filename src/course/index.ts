// The course's helpers: short, French-named functions that keep the notebooks' cells short
// (learners are university staff, not developers). They wrap the toolkit; nothing else uses them.
export * from "./afficher-secret.js";
export * from "./afficher-tableau.js";
export * from "./annee-suivante.js";
export * from "./avec-bornes.js";
export * from "./avec-libelle.js";
export * from "./charger-extrait.js";
export * from "./compter.js";
export * from "./dossier-donnees.js";
export * from "./dossier-temporaire.js";
export * from "./figure-fourchettes.js";
export * from "./fourchette.js";
export * from "./jeu-ouvert.js";
export * from "./parcours-de-cohorte.js";
export * from "./petits-multiples.js";
export * from "./serie-du-bac-par-issue.js";
export * from "./six-etudiants.js";
export * from "./table-de-libelles.js";
export * from "./tableau-a-marges.js";
export * from "./tableau-des-etats.js";
export * from "./typologie.js";
export * from "./verifier.js";
export * from "./versions-du-cours.js";
