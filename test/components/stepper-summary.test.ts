import { expect } from '@open-wc/testing';
import { en, notesOf, type StepperData } from '../../src/core/index.js';
import { escapeMarkdown, summaryMarkdown, summaryText } from '../../src/components/stepper/stepper-summary.js';
import { smallStepper } from '../fixtures/definitions.js';

const now = new Date(2026, 2, 5, 12);
const state: StepperData = {
  current: 'check-in',
  steps: {
    reflect: { done: true, notes: { p1: 'First line\nsecond line\n\nnew paragraph' } },
    'check-in': { visited: true, notes: { p1: '   ', p2: 'Sundays' } },
    gone: { notes: { p1: 'from an older version' } },
  },
};

describe('stepper summary', () => {
  it('escapes what Markdown would read as markup, at the start of a line and within it', () => {
    const cases: [string, string][] = [
      ['# Heading', '\\# Heading'],
      ['## also', '\\## also'],
      ['- item', '\\- item'],
      ['+ item', '\\+ item'],
      ['1. item', '1\\. item'],
      ['12) item', '12\\) item'],
      ['> quote', '\\> quote'],
      ['=====', '\\====='],
      ['---', '\\---'],
      ['***', '\\*\\*\\*'],
      ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
      ['![img](x)', '!\\[img\\](x)'],
      ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
      ['&lt;b&gt;', '\\&lt;b\\&gt;'],
      ['`code` *em* _em_ ~~s~~ | t |', '\\`code\\` \\*em\\* \\_em\\_ \\~\\~s\\~\\~ \\| t \\|'],
      ['a \\ b', 'a \\\\ b'],
      ['    indented code', 'indented code'],
      ['plain words, kept.', 'plain words, kept.'],
    ];
    for (const [input, output] of cases) expect(escapeMarkdown(input), input).to.equal(output);
  });

  it('writes the whole summary as Markdown', () => {
    const markdown = summaryMarkdown(smallStepper, state, en, 'en-US', now);
    expect(markdown).to.equal(
      [
        '# Steps: Your notes',
        '',
        '1 of 2 done · March 5, 2026',
        '',
        '## R: Reflect',
        '',
        '_Done_',
        '',
        's',
        '',
        '**What?**',
        '',
        '> First line\\',
        '> second line',
        '>',
        '> new paragraph',
        '',
        '**Practice**: Do it.',
        '',
        '## C: Check in',
        '',
        '_In progress_',
        '',
        's',
        '',
        '**When?**',
        '',
        '> Sundays',
        '',
        '**Practice**: Ask.',
        '',
        '---',
        '',
        'Not therapy.',
        '',
      ].join('\n'),
    );
  });

  it('writes the summary as plain text, notes verbatim', () => {
    const text = summaryText(
      smallStepper,
      { steps: { reflect: { notes: { p1: '<b># not markup</b>' } } } },
      en,
      'en-GB',
      now,
    );
    expect(text).to.equal(
      [
        'Steps: Your notes',
        '0 of 2 done · 5 March 2026',
        '',
        'R: Reflect (In progress)',
        's',
        '',
        'What?',
        '  <b># not markup</b>',
        '',
        'Practice: Do it.',
        '',
        'C: Check in',
        's',
        '',
        'No notes yet.',
        '',
        'Practice: Ask.',
        '',
        'Not therapy.',
      ].join('\n'),
    );
  });

  it('falls back to an ISO date for an unusable locale', () => {
    expect(summaryText(smallStepper, {}, en, 'not a locale!', now)).to.contain('0 of 2 done · 2026-03-05');
  });

  it('collects the non-empty notes of known steps and prompts', () => {
    const session = { definition: smallStepper, current: 'check-in', steps: state.steps!, screen: 'step' as const };
    expect(notesOf(session)).to.deep.equal({
      reflect: { p1: 'First line\nsecond line\n\nnew paragraph' },
      'check-in': { p2: 'Sundays' },
    });
  });
});
