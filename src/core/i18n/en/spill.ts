import type { spillFr } from "../fr/spill.js";

/** Messages of the spill folder, in English. */
export const spillEn: typeof spillFr = {
  cannotCreate: (parent, reason) =>
    `cannot create the spill folder in '${parent}' (${reason}); choose a writable folder with enough free space (parameter spillDir, option --spill-dir).`,
  cannotWrite: (path, reason) =>
    `cannot write the partition '${path}' (${reason}): disk full or folder not writable; free some space or choose another folder (parameter spillDir, option --spill-dir).`,
  cannotRead: (path, reason) =>
    `cannot read the partition '${path}' back (${reason}): the spill folder was changed during the run.`,
};
