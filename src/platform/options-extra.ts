/**
 * Extension APIs the options page needs beyond `browser.ts`: the key currently bound to the
 * reader's keyboard command. Kept apart so the shared platform module stays as it is.
 */
import { browser } from './browser.ts';

/** The manifest's command that opens and closes the reader. */
export const READER_COMMAND = 'toggle-reader';

/**
 * The shortcut the browser has bound to the reader command: e.g. "Alt+Shift+D"; '' when the user
 * removed it (or another extension took it); null when the browser does not say.
 */
export async function readerCommandShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name === READER_COMMAND);
    return command ? (command.shortcut ?? '') : null;
  } catch {
    return null;
  }
}
