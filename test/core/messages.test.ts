import { expect } from '@open-wc/testing';
import {
  en,
  formatNumber,
  formatPercent,
  message,
  messagesFor,
  registerCatalog,
  resolveLanguage,
  type Catalog,
} from '../../src/core/index.js';

describe('messages', () => {
  it('looks up plain and parametrised strings', () => {
    expect(message('en', 'next')).to.equal('Next');
    expect(message('en', 'questionOf', 3, 18)).to.equal('Question 3 of 18');
  });

  it('falls back to English for unknown locales', () => {
    expect(resolveLanguage('xx-YY')).to.equal('en');
    expect(message('xx', 'back')).to.equal('Back');
    expect(message(undefined, 'back')).to.equal('Back');
  });

  it('resolves a regional locale to its language, and missing keys to English', () => {
    const partial = { ...en, next: 'Suivant' } as Catalog;
    delete (partial as Partial<Catalog>).back;
    registerCatalog('fr', partial);
    expect(resolveLanguage('fr-CA')).to.equal('fr');
    expect(message('fr-CA', 'next')).to.equal('Suivant');
    expect(messagesFor('fr').back).to.equal('Back');
  });

  it('formats percentages for the locale', () => {
    expect(formatPercent('en', 0.5)).to.equal('50%');
    expect(formatPercent('fr', 0.5)).to.match(/^50\s%$/);
    expect(formatNumber('not a locale!', 1234.5, 1)).to.equal('1,234.5');
  });
});
