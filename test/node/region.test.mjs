// Whose helplines come first when the page sets no culture: the region of the reader's locale.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regionOf } from 'recipro-widgets/core';

describe('regionOf', () => {
  it('reads the country of a locale', () => {
    assert.deepEqual(['en-GB', 'en-IN', 'ar-AE', 'en-AU', 'en-CA', 'fr-CA', 'en-US', 'fr-FR', 'en_gb'].map(regionOf), [
      'uk',
      'in',
      'ae',
      'au',
      'ca',
      'ca',
      'us',
      'fr',
      'uk',
    ]);
  });

  it('reads Hindi as India, with or without a country', () => {
    assert.equal(regionOf('hi'), 'in');
    assert.equal(regionOf('hi-IN'), 'in');
  });

  it('says nothing when the locale does not say, or names another country', () => {
    assert.deepEqual(
      ['en', 'fr', 'ar', 'de-DE', 'fr-BE', 'zh-Hant-TW', '', 'constructor', 'en-__proto__'].map(regionOf),
      [null, null, null, null, null, null, null, null, null],
    );
    assert.equal(regionOf(undefined), null);
  });

  it('finds the country after a script subtag', () => {
    assert.equal(regionOf('en-Latn-GB'), 'uk');
  });
});
