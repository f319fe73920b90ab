/**
 * UI strings reach components through this context, so components never call extension APIs:
 * the content script and the popup pass `browser.i18n.getMessage`, tests pass the messages file.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export const I18n = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18n);
}

/** A Translate over a parsed `_locales/<lang>/messages.json` (for tests and Node tools). */
export function translatorFrom(
  messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>,
): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      const index = /^\$(\d)$/.exec(content);
      return index ? (subs[Number(index[1]) - 1] ?? '') : content;
    });
  };
}
