/**
 * recipro-widgets/locales: the languages besides English. Elements load them on demand; import
 * `recipro-widgets/locales/fr` (and pass it to `registerLocale`) to bundle one up front instead.
 */
export { LANGUAGES, loadLanguage, supportedLanguage } from './load.js';
export { registerLocale, registerLanguage, isLocaleLoaded, localizedPack, loadLocalizedPack } from './registry.js';
export { PACK_IDS, type LocalePack, type PackId, type PackLoaders } from './types.js';
