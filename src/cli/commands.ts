import type { Command } from "./command.js";
import { sequencesCommand } from "./commands/sequences.js";

/** Every `oraccle` sub-command, in the order `oraccle --help` lists them. */
export const commands: Command[] = [sequencesCommand];
