/*
 * What each field of a definition is for, in plain words: the `description` (and `examples`) of the
 * published JSON Schemas (`dist/schemas/*.json`), which editors show as an author types. Written by
 * hand, one entry per field; `json-schema.ts` attaches them to the zod schemas at build time and
 * fails the build for a field without one, or an entry that names no field.
 *
 * Kept out of the schema modules on purpose: the browser bundles import those, and never this.
 */

/**
 * What a field is for; `fields` describes the fields of the object(s) it holds: directly, in a list,
 * or as one of its forms.
 */
export interface FieldDoc {
  description: string;
  examples?: readonly unknown[];
  fields?: Fields;
}
export type Fields = Readonly<Record<string, FieldDoc>>;

/** A definition kind's JSON Schema: its title, and what the definition is. */
export interface DefinitionDoc extends FieldDoc {
  title: string;
  fields: Fields;
}

// ---- Shared by several places ----

const idRule = 'Letters, digits, "-" and "_", starting with a letter or digit; at most 64 characters.';

const wordings: Fields = {
  partner: { description: 'The wording for a romantic partner.' },
  family: { description: 'The wording for a family member.' },
  friend: { description: 'The wording for a friend.' },
  colleague: { description: 'The wording for a colleague.' },
};

const questions: FieldDoc = {
  description:
    'Questions a reader may have at this point, each answered in a sentence or two; shown folded, under the text ' +
    'they belong to. At most 10.',
  fields: {
    question: {
      description: 'The question, as a reader would ask it.',
      examples: ['Is it normal to feel this way?'],
    },
    answer: { description: 'A short, plain answer: a sentence or two.' },
  },
};

const resources: FieldDoc = {
  description:
    'Support services the element offers, e.g. helplines. Required when an item has a safety rule (quiz) or is a ' +
    'safety sign (checklist): those bring this section forward.',
  fields: {
    title: { description: 'Heading of the support section.', examples: ['Support is available'] },
    intro: { description: 'An optional sentence under the heading.' },
    emergency: {
      description:
        'The general emergency line, shown when the reader’s region is unknown or has no line in `emergencyByRegion`.',
      examples: ['If you are in danger now, call your local emergency number.'],
    },
    emergencyByRegion: {
      description:
        'One emergency line per region: the reader’s region’s line is shown instead of `emergency`, the others ' +
        'fold away. Each region at most once.',
      fields: {
        region: {
          description: 'The region this line is for (a country code).',
          examples: ['uk'],
        },
        text: {
          description: 'The line itself.',
          examples: ['If you are in danger now, call 999, the emergency number in the UK.'],
        },
      },
    },
    items: {
      description: 'The services, at least one.',
      fields: {
        region: {
          description: 'Where the service is (a country code), or `any` for one that helps everywhere.',
          examples: ['us', 'any'],
        },
        name: { description: 'The service’s name.', examples: ['National Domestic Violence Hotline'] },
        description: {
          description: 'One plain line: what the service is for, and whether it is free.',
          examples: ['For anyone affected by abuse in a relationship; free, confidential, day and night.'],
        },
        contacts: {
          description: 'How to reach the service, at least one way.',
          fields: {
            label: { description: 'What to do.', examples: ['Call or text'] },
            phone: { description: 'The number as people read it.', examples: ['1-800-799-7233'] },
            sms: { description: 'Whether the number also takes text messages.' },
            url: {
              description: 'A web page or chat for the service: an https:, http:, tel: or mailto: link.',
              examples: ['https://www.thehotline.org/'],
            },
          },
        },
      },
    },
  },
};

/** The fields every definition has. */
const base: Fields = {
  $schema: {
    description: 'The JSON Schema this file follows, so that editors check and complete it. Ignored by the elements.',
  },
  id: {
    description:
      'A name for this definition, unique on your site: saved progress and results are keyed by it. ' + idRule,
    examples: ['clinic-reciprocity-check'],
  },
  version: {
    description:
      'Your version of the definition. Change it when you change the questions: progress saved under another ' +
      'version is not resumed.',
    examples: ['1.0.0', '2026.11'],
  },
  title: { description: 'The heading readers see.' },
  locale: {
    description: 'The language of the definition’s text, as a BCP 47 tag.',
    examples: ['en', 'fr'],
  },
  disclaimer: {
    description: 'Shown at the foot of the element: what this tool is and is not.',
    examples: ['A reflection tool, not a diagnosis or professional advice.'],
  },
  attribution: {
    description: 'Credit for the content, shown at the foot of the element.',
    fields: {
      text: { description: 'The credit line.', examples: ['Based on an article by Example Counselling'] },
      url: {
        description: 'A link for the credit: an https:, http:, tel: or mailto: link.',
        examples: ['https://counselling.example/article'],
      },
    },
  },
  intro: { description: 'A short paragraph under the title, before the reader starts.' },
};

const letter: FieldDoc = {
  description: 'A short mark for the step, at most 3 characters (e.g. the "R" of RECIPRO); its number otherwise.',
  examples: ['R'],
};

// ---- Quiz ----

export const quizDoc: DefinitionDoc = {
  title: 'recipro-widgets quiz definition',
  description:
    'A scored quiz for <recipro-quiz>: questions answered on scales, scored into dimensions (and scores derived ' +
    'from them), with bands that say what each score means.',
  fields: {
    ...base,
    kind: { description: 'Always "quiz".' },
    estimatedMinutes: {
      description: 'About how many minutes the quiz takes, shown before the reader starts.',
      examples: [5],
    },
    defaultRelationship: {
      description:
        'The relationship the questions are worded for until the page or the reader picks another; texts worded ' +
        'per relationship use it.',
      examples: ['partner'],
    },
    scales: {
      description: 'The answer scales the questions use, at least one.',
      fields: {
        id: { description: 'The scale’s name, for the questions’ `scale`. ' + idRule, examples: ['frequency'] },
        options: {
          description: 'The answers, in the order shown: 2 to 11, each value at most once.',
          fields: {
            value: { description: 'The number this answer scores.', examples: [1] },
            label: { description: 'The answer as the reader sees it.', examples: ['Never'] },
          },
        },
      },
    },
    dimensions: {
      description: 'What the quiz measures: each dimension scores the questions that feed it, from 0 to 100.',
      fields: {
        id: { description: 'The dimension’s name, for questions and scores. ' + idRule, examples: ['practical-give'] },
        label: { description: 'The dimension as the reader sees it.', examples: ['Practical help you give'] },
        description: { description: 'An optional sentence on what the dimension covers.' },
      },
    },
    items: {
      description: 'The questions, in the order asked.',
      fields: {
        id: {
          description: 'The question’s name, unique in the quiz: answers are saved under it. ' + idRule,
          examples: ['practical-give-1'],
        },
        text: {
          description:
            'The question. One text for every relationship, or an object with one wording per relationship ' +
            '(at least one; missing ones fall back to another).',
          examples: ['I help with everyday tasks.', { partner: 'I help my partner with everyday tasks.' }],
          fields: wordings,
        },
        scale: { description: 'The `id` of the scale it is answered on.', examples: ['frequency'] },
        reverse: {
          description:
            'Score the answer the other way round (the scale’s highest value counts as its lowest). Only for ' +
            'questions that feed a dimension.',
        },
        weight: {
          description: 'How much the question counts in its dimension, above 0 and at most 100; 1 if left out.',
          examples: [2],
        },
        dimension: {
          description:
            'The `id` of the dimension the question feeds. Leave it out for a question that is not scored, such ' +
            'as a safety question.',
          examples: ['practical-give'],
        },
        safety: {
          description:
            'A safety question: when the answer is one of `values`, the quiz shows its support resources and ' +
            'its `safety` message instead of advice.',
          fields: {
            values: {
              description: 'The answer values (from the question’s scale) that show support.',
              examples: [[2, 3, 4, 5]],
            },
          },
        },
      },
    },
    scores: {
      description:
        'Scores computed from dimensions and earlier scores, in order: each may use only what is declared before it.',
      fields: {
        id: {
          description: 'The score’s name, for bandings, focus and chart; not the name of a dimension. ' + idRule,
          examples: ['lean'],
        },
        kind: {
          description:
            'How it is computed: `mean` and `sum` of the scores in `of`, or `difference`: the first minus the second.',
        },
        label: { description: 'The score as the reader sees it.', examples: ['Overall balance'] },
        description: {
          description: 'What the score is about, in a sentence or two: shown beside it in the result.',
        },
        of: {
          description: 'The `id`s of the dimensions or earlier scores it uses (exactly two for `difference`).',
          examples: [['practical-give', 'practical-receive']],
        },
      },
    },
    bandings: {
      description:
        'What the scores mean: each banding splits one score’s range into bands. The first banding gives the ' +
        'overall result.',
      fields: {
        id: { description: 'The banding’s name, for `when` and `focus.follow`. ' + idRule, examples: ['overall'] },
        score: { description: 'The `id` of the dimension or score it bands.', examples: ['lean'] },
        bands: {
          description:
            'The bands, which together cover the score’s whole range with no gap and no overlap (a dimension ' +
            'runs from 0 to 100; a difference of two dimensions from -100 to 100).',
          fields: {
            id: { description: 'The band’s name, unique in its banding. ' + idRule, examples: ['balanced'] },
            min: { description: 'Where the band starts (included).', examples: [-15] },
            max: {
              description: 'Where the band ends (not included, except by the highest band).',
              examples: [15],
            },
            label: { description: 'The band’s name as the reader sees it.', examples: ['Mostly balanced'] },
            summary: {
              description:
                'What the band means for the reader. One text, or an object with one wording per relationship.',
              fields: wordings,
            },
            advice: { description: 'An optional next step or suggestion for this band.' },
            questions,
            steps: {
              description: 'The `id`s of steps (from the quiz’s `steps`) that help in this band.',
              examples: [['express', 'repair']],
            },
            neutral: {
              description: 'A band that is nothing to work on (e.g. "balanced"): focus skips scores that land in one.',
            },
          },
        },
        when: {
          description:
            'Report this banding only when an earlier banding lands in one of some bands; e.g. "both of you ' +
            'stepped back" only when the overall result is balanced.',
          fields: {
            banding: { description: 'The `id` of an earlier banding.', examples: ['overall'] },
            bands: { description: 'The `id`s of that banding’s bands.', examples: [['balanced']] },
          },
        },
      },
    },
    focus: {
      description: 'Which scores to point out as the ones to work on first.',
      fields: {
        scores: {
          description: 'The `id`s of the candidates, each with a banding.',
          examples: [['practical', 'emotional']],
        },
        count: { description: 'How many to point out, 1 to 10.', examples: [2] },
        order: {
          description: 'Which come first: `extreme` (furthest from the middle of the range), `lowest` or `highest`.',
        },
        follow: {
          description:
            'The `id` of a banding the focus agrees with: when it lands in a band that is not neutral, only ' +
            'scores in a band with the same `id` are pointed out.',
          examples: ['overall'],
        },
      },
    },
    chart: {
      description: 'Scores the result draws as a chart, in order.',
      fields: {
        scores: { description: 'The `id`s of the dimensions or scores to draw.' },
        lowLabel: { description: 'Caption for the low end of the scores’ range.', examples: ['They carry more'] },
        highLabel: { description: 'Caption for the high end.', examples: ['You carry more'] },
      },
    },
    missing: {
      description: 'What to do with unanswered questions. Left out, every question must be answered.',
      fields: {
        policy: {
          description: '`all`: every question must be answered; `minimum`: score with a share of each dimension.',
        },
        share: {
          description:
            'The share (above 0, at most 1) of each dimension’s questions that must be answered; the rest is ' +
            'prorated.',
          examples: [0.75],
        },
      },
    },
    steps: {
      description: 'Steps a band can point to (with its `steps`), shown with the result.',
      fields: {
        id: { description: 'The step’s name, for the bands’ `steps`. ' + idRule, examples: ['express'] },
        letter,
        title: { description: 'The step’s heading.', examples: ['Express needs'] },
        summary: { description: 'The step in a sentence.' },
      },
    },
    safety: {
      description:
        'Shown instead of band advice and steps whenever a safety question’s answer shows support. Recommended ' +
        'for any quiz with a safety question.',
      fields: {
        title: { description: 'The message’s heading.', examples: ['Your safety comes first'] },
        message: { description: 'The message: what to do first, and that support is there.' },
      },
    },
    resources,
    cultureNotes: {
      description:
        'A note per culture (`us`, `in`, `uk`, `au`, `ca`, `ae`) on how care is shown there, shown with the ' +
        'result to a reader of that culture.',
      fields: {
        title: { description: 'The note’s heading.' },
        body: { description: 'The note, in a few sentences.' },
      },
    },
    callToAction: {
      description: 'A link shown with the result, e.g. to book a call with your practice.',
      fields: {
        label: {
          description: 'The link’s text.',
          examples: ['Book a free 15-minute call with one of our counsellors'],
        },
        url: {
          description: 'Where it goes: an https:, http:, tel: or mailto: link.',
          examples: ['https://counselling.example/book'],
        },
      },
    },
  },
};

// ---- Checklist ----

export const checklistDoc: DefinitionDoc = {
  title: 'recipro-widgets checklist definition',
  description:
    'A checklist for <recipro-checklist>: signs a reader ticks, scored from 0 to 100, with bands that say what ' +
    'the score means.',
  fields: {
    ...base,
    kind: { description: 'Always "checklist".' },
    polarity: {
      description:
        'Which way the list reads: `healthy` (the default; more ticked is better) or `warning` (more ticked means ' +
        'more concern). Signs default to it, and the bands are written in this direction.',
    },
    items: {
      description: 'The signs, in the order shown: 1 to 5000.',
      fields: {
        id: {
          description: 'The sign’s name, unique in the list: ticks are saved under it. ' + idRule,
          examples: ['initiate'],
        },
        text: {
          description: 'The sign, as the reader reads it.',
          examples: ['I start most of our plans, calls or conversations.'],
        },
        polarity: {
          description:
            'Whether this sign is `healthy` or a `warning`, when it differs from the list’s: it then counts ' +
            'when it is not ticked.',
        },
        weight: {
          description: 'How much the sign counts, above 0 and at most 100; 1 if left out.',
          examples: [2],
        },
        safety: {
          description:
            'Set to true for a sign of feeling afraid or controlled: ticking it brings the support resources ' +
            'forward, whatever else is ticked. It is left out of the score, and needs `resources`.',
        },
      },
    },
    bands: {
      description:
        'What the score means: bands that together cover 0 to 100, with no gap and no overlap, written in the ' +
        'list’s direction.',
      fields: {
        id: { description: 'The band’s name, unique in the list. ' + idRule, examples: ['some'] },
        min: { description: 'Where the band starts (0 to 100, included).', examples: [30] },
        max: {
          description: 'Where the band ends (0 to 100; not included, except by the highest band).',
          examples: [60],
        },
        label: { description: 'The band’s name as the reader sees it.', examples: ['Some signs'] },
        takeaway: {
          description: 'The one-line takeaway.',
          examples: ['It may help to name one need calmly and see how they respond.'],
        },
        next: {
          description: 'One concrete next step, shown with the takeaway ("What you could do next").',
        },
        questions,
      },
    },
    resources,
  },
};

// ---- Stepper ----

export const stepperDoc: DefinitionDoc = {
  title: 'recipro-widgets stepper definition',
  description:
    'A guided sequence of steps for <recipro-stepper>: each with a text, prompts to reflect on and a practice ' +
    'to try.',
  fields: {
    ...base,
    kind: { description: 'Always "stepper".' },
    steps: {
      description: 'The steps, in order: 1 to 50.',
      fields: {
        id: {
          description: 'The step’s name, unique in the stepper: progress is saved under it. ' + idRule,
          examples: ['reflect'],
        },
        letter,
        title: { description: 'The step’s heading.', examples: ['Reflect on patterns'] },
        summary: { description: 'The step in a sentence, shown in the overview.' },
        body: { description: 'The step’s text: what it is about and why it helps.' },
        prompts: {
          description: 'Questions to reflect on, each with a place for the reader’s note: 1 to 10.',
          fields: {
            id: { description: 'The prompt’s name, unique in its step: notes are saved under it. ' + idRule },
            text: {
              description: 'The question.',
              examples: ['What do I need more of right now?'],
            },
          },
        },
        practice: {
          description: 'Something small to try after the step.',
          fields: {
            text: {
              description: 'The practice.',
              examples: ['For three days, note one moment when you offered care and one when you received it.'],
            },
            reminder: {
              description: 'Offer a repeating calendar reminder for this practice.',
              fields: {
                title: { description: 'The calendar event’s title.', examples: ['Weekly check-in'] },
                everyWeeks: { description: 'How often it repeats, in weeks: 1 to 52.', examples: [1] },
              },
            },
          },
        },
        example: { description: 'An optional short story of the step in practice.' },
        questions,
      },
    },
    resources,
  },
};
