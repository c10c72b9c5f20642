import type { BuiltInPack } from '../registry.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const romanticSigns: BuiltInPack<'romantic-signs'> = {
  kind: 'checklist',
  id: 'romantic-signs',
  version: '1.0.0',
  title: 'Signs of reciprocity in a romantic relationship',
  locale: 'en',
  intro:
    'Tick the signs that feel true for the two of you most of the time. No relationship shows all of them every day. The last one asks about your safety and is not part of the score.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'heard', text: 'We both feel listened to when we talk.' },
    { id: 'mental-load', text: 'We share the remembering, the planning and keeping in mind what still needs doing.' },
    { id: 'appreciation', text: 'Thanks and appreciation go in both directions.' },
    { id: 'repair', text: 'After a disagreement, either of us may be the first to reach out.' },
    { id: 'effort', text: 'We both put time and effort into the relationship.' },
    { id: 'hard-days', text: 'On hard days, each of us can lean on the other.' },
    { id: 'tasks', text: 'Everyday tasks are split in a way we both think is fair.' },
    { id: 'asking', text: 'Either of us can ask for help without it becoming a big deal.' },
    {
      id: 'afraid-or-controlled',
      text: 'At times I feel afraid of my partner, or I feel watched, checked on or kept from money, friends or family.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'Few signs for now',
      takeaway: 'Choose one sign you would like more of and raise it gently; small steps count.',
      next: 'Pick a calm moment this week and start with "It would mean a lot to me if…"; one wish is enough.',
      questions: [
        {
          question: 'What makes give and take go wrong?',
          answer:
            'Usually ordinary pressures rather than bad intent: stress and exhaustion, old hurts, steering clear of hard feelings, different habits from different backgrounds, or one person quietly holding most of the responsibilities.',
        },
      ],
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'Some signs',
      takeaway: 'There is a base to build on: start with one of the signs that is missing.',
      next: 'Begin from what works: tell your partner one thing you value, then talk together about one sign you would both like more of.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'Many signs',
      takeaway: 'Care seems to flow both ways; keep the habits that make it so.',
      next: 'Tell your partner one thing they do that makes the give and take feel fair; naming it helps it last.',
      questions: [
        {
          question: 'How can I tell whether I am valued?',
          answer:
            'Look at what happens steadily rather than at big moments: they keep their word, notice how you are, make an effort without being asked, and care about what matters to you.',
        },
      ],
    },
  ],
  resources: supportResources,
};
