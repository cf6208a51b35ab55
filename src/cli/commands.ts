import type { Command } from "./command.js";
import { indicatorsCommand } from "./commands/indicators.js";

/** Every `oraccle` sub-command, in the order `oraccle --help` lists them. */
export const commands: Command[] = [indicatorsCommand];
