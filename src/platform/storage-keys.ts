/** Keys of what the extension keeps in browser storage, shared by both platform modules. */
export const SETTINGS_KEY = 'settings';
