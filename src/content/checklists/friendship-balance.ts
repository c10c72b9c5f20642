import type { BuiltInPack } from '../registry.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const friendshipBalance: BuiltInPack<'friendship-balance'> = {
  kind: 'checklist',
  id: 'friendship-balance',
  version: '1.0.0',
  title: 'Balance in a friendship',
  locale: 'en',
  intro:
    'Think of one friendship and tick what usually holds true. Good friendships are not tit for tat; what counts is that effort comes from both sides. The last sign asks about your safety and is not part of the score.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'reach-out', text: 'We both reach out to make plans.' },
    { id: 'turns', text: 'We take turns listening and sharing.' },
    { id: 'make-time', text: 'We both shift our schedules now and then to see each other.' },
    { id: 'good-news', text: "We celebrate each other's good news." },
    { id: 'hard-times', text: 'When one of us is struggling, the other shows up.' },
    { id: 'appreciation', text: 'We let each other know the friendship matters.' },
    { id: 'honesty', text: 'We can raise a problem and still be close afterwards.' },
    {
      id: 'afraid-or-controlled',
      text: 'At times I feel afraid of this friend, or feel they try to control who I see or what I do.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'Mostly one way',
      takeaway: 'Friendships drift when effort goes one way; try one honest invitation and see whether they meet you.',
      next: 'After one honest invitation, leave room for your friend to reach out next, and make time for the people who already meet you halfway.',
      questions: [
        {
          question: 'How can I build more give and take in a friendship?',
          answer:
            'Reach out honestly, say what you appreciate, share the planning and the favours, and then notice whether your friend starts to meet you halfway.',
        },
      ],
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'Some give and take',
      takeaway: 'There is real give and take here; a word of appreciation can strengthen it.',
      next: 'Tell your friend one specific thing you value about them, or ask them to plan your next get-together.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'Well balanced',
      takeaway: 'This friendship seems balanced; keep showing up for each other.',
      next: 'Keep a simple ritual going, such as a regular call or walk, so the friendship always has a time to meet.',
    },
  ],
  resources: supportResources,
};
