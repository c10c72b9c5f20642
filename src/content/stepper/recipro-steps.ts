import type { BuiltInPack } from '../registry.js';
import {
  attribution,
  checkIn,
  disclaimer,
  express,
  invest,
  observe,
  practiceBalance,
  reflect,
  repair,
} from '../common.js';
import { supportResources } from '../resources.js';

export const reciproSteps: BuiltInPack<'recipro-steps'> = {
  kind: 'stepper',
  id: 'recipro-steps',
  version: '1.0.0',
  title: 'The RECIPRO steps',
  locale: 'en',
  intro:
    'Seven steps, one per letter of RECIPRO, for rebuilding care that flows both ways. Go at your own pace; a few steps, practised steadily, already help. They are meant for relationships where you feel safe.',
  disclaimer,
  attribution,
  steps: [
    {
      ...reflect,
      body: 'Start with your own habits. Some people give until they are empty; others pull back or struggle to accept care. Both are learned, and both can change.',
      prompts: [
        { id: 'p1', text: 'Where do I tend to overgive, and where do I hold back?' },
        { id: 'p2', text: 'What makes it hard for me to accept help?' },
        { id: 'p3', text: 'What do I need more of right now?' },
      ],
      practice: { text: 'For three days, note one moment when you offered care and one when you received it.' },
      example:
        'One woman noticed she always answered "I\'m fine" when friends offered help, and then wondered why she felt alone.',
    },
    {
      ...express,
      body: 'Unspoken needs are easy to miss. Name one specific need, speak from your own experience, and leave room for a reply. This step is for relationships where you feel safe. If you feel afraid or controlled, your safety comes first, and the support services below can help.',
      prompts: [
        { id: 'p1', text: 'What is one thing I would like more of?' },
        { id: 'p2', text: 'How could I say it as a wish rather than a complaint?' },
        { id: 'p3', text: 'When is a calm moment to bring it up?' },
      ],
      practice: { text: 'Try one sentence that begins "I feel closer when…" and ends with a small, concrete request.' },
      example:
        'Instead of "You never ask about my day", one partner tried "I\'d love us to swap stories over dinner", and the evening went differently.',
    },
    {
      ...checkIn,
      body: 'Needs and pressures shift. A short, regular check-in catches small strains before they grow. This step is for relationships where you feel safe. If you feel afraid or controlled, your safety comes first, and the support services below can help.',
      prompts: [
        { id: 'p1', text: 'What has felt good between us lately?' },
        { id: 'p2', text: 'Is anything feeling heavier than it used to?' },
        { id: 'p3', text: 'What would help over the next couple of weeks?' },
      ],
      practice: {
        text: 'Set aside ten quiet minutes to ask "How are we doing?" and listen to the answer.',
        reminder: { title: 'Reciprocity check-in', everyWeeks: 2 },
      },
      example:
        'Two sisters caring for their father began a short call every other Sunday to share how the load felt, and the tension between them eased.',
    },
    {
      ...invest,
      body: 'Small, steady gestures usually count for more than grand ones: they show, day by day, that care goes both ways. This step is for relationships where you feel safe. If you feel afraid or controlled, your safety comes first, and the support services below can help.',
      prompts: [
        { id: 'p1', text: 'What small thing helps this person feel cared for?' },
        { id: 'p2', text: 'What could I offer without being asked?' },
      ],
      practice: {
        text: 'Each day this week, offer one small thing: a kind message, a shared chore, or ten minutes of full attention.',
      },
      example:
        'A team lead began sending a short, specific thank-you after each joint project, and soon others on the team did the same.',
    },
    {
      ...practiceBalance,
      body: 'Life is uneven: illness, stress and busy seasons come and go. What counts is that both stay willing, with healthy limits for whoever gives most.',
      prompts: [
        { id: 'p1', text: 'Where am I keeping score instead of looking at the longer run?' },
        { id: 'p2', text: 'What limit would protect my energy?' },
        { id: 'p3', text: 'Is this a season when one of us needs more?' },
      ],
      practice: { text: 'Choose one task to hand over or share, and one limit you will keep this week.' },
      example:
        'During a hard month at work, one partner did less at home; they agreed to look at it again once things calmed down.',
    },
    {
      ...repair,
      body: 'Every relationship has conflict; what matters is mending it, with both people taking part. Repair belongs in relationships where you feel safe. If you feel afraid or controlled, your safety comes first, and the support services below can help.',
      prompts: [
        { id: 'p1', text: 'Is it usually the same person who reaches out after an argument?' },
        { id: 'p2', text: 'What words help me reset after a tense moment?' },
        { id: 'p3', text: 'What do I need from the other person to feel things are mended?' },
      ],
      practice: { text: 'Agree on a short phrase either of you can use to pause a tense talk and start again.' },
      example:
        'Two friends agreed that either could say "Can we try that again?" mid-argument; it soon became a shared joke that took the heat out.',
    },
    {
      ...observe,
      body: 'Reciprocity tends to return slowly, in small signs: a smoother talk, a quicker apology, a warmer hello. Noticing them keeps you going and shows what to adjust.',
      prompts: [
        { id: 'p1', text: 'What has become a little easier between us?' },
        { id: 'p2', text: 'What has not changed, and what could we try instead?' },
      ],
      practice: {
        text: 'Once a month, write down one change you have noticed and one thing to adjust.',
        reminder: { title: 'Notice what has changed', everyWeeks: 4 },
      },
      example:
        'After a month of check-ins, one couple saw that their arguments ended sooner, and chose to keep the habit.',
    },
  ],
  resources: supportResources,
};
