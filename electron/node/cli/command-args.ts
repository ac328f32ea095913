/** Arguments of `npm run collection -- <command>`: one positional path, flags and options. */

export type Command = { usage: string; run: (args: string[]) => Promise<number> };

/** A mistake in the command line: the tool prints it with the usage text and exits 2. */
export class UsageError extends Error {}

const DEFAULT_DIR = 'collection';

/**
 * Splits `[PATH] [--flag] [--opt VALUE]` arguments; unknown flags are refused. The path defaults to
 * the sample collection folder unless `required` names what must be given instead.
 */
export function parseArgs(
  args: string[],
  flags: string[],
  options: string[],
  required?: string,
): { dir: string; set: Map<string, string> } {
  const set = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (flags.includes(arg)) set.set(arg, 'true');
    else if (options.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value.`);
      set.set(arg, value);
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else positional.push(arg);
  }
  if (positional.length > 1) throw new UsageError(`Expected one path, got: ${positional.join(' ')}.`);
  if (positional.length === 0 && required) throw new UsageError(`Name the ${required}.`);
  return { dir: positional[0] ?? DEFAULT_DIR, set };
}
