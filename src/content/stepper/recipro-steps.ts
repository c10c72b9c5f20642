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
  stillNoResponse,
} from '../common.js';
import { supportResources } from '../resources.js';

export const reciproSteps: BuiltInPack<'recipro-steps'> = {
  kind: 'stepper',
  id: 'recipro-steps',
  version: '1.1.0',
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
      questions: [
        {
          question: 'Does culture change how care is shown?',
          answer:
            'A great deal. Families and cultures teach different ways of showing care: in words, in deeds, in time spent together or in loyalty. Two people can both be caring in ways the other does not recognise, so it helps to ask what care looks like to each of you.',
        },
      ],
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
      questions: [
        {
          question: 'How can I ask for what I need without seeming needy?',
          answer:
            'Needing support is not neediness. Be specific and kind: say what you would like and why it matters to you, as an invitation rather than a charge, for example "Could we each share how the week went on Sunday evenings? It helps me feel close to you."',
        },
      ],
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
      questions: [
        {
          question: 'How can a couple build more give and take?',
          answer:
            'Through small, steady habits more than big gestures: a regular moment to ask how you both are, saying thank you, listening with the phone put away, sharing the chores, and coming back together gently after a quarrel.',
        },
      ],
    },
    {
      ...practiceBalance,
      body: 'No two weeks ask the same of you. When one of you is ill, stretched or grieving, the other may carry more for a time, and that is part of caring. Look at the longer run, and let whoever gives most keep some limits, so that giving does not turn into running dry.',
      prompts: [
        { id: 'p1', text: 'Where am I keeping score instead of looking at the longer run?' },
        { id: 'p2', text: 'What limit would protect my energy?' },
        { id: 'p3', text: 'Is this a season when one of us needs more?' },
      ],
      practice: { text: 'Choose one task to hand over or share, and one limit you will keep this week.' },
      example:
        'During a hard month at work, one partner did less at home; they agreed to look at it again once things calmed down.',
      questions: [
        {
          question: 'Is this the same as keeping score?',
          answer:
            'No. Keeping score counts favours and expects each one back. Reciprocity asks whether both of you feel cared for over time, and a generous season on one side is part of it.',
        },
      ],
    },
    {
      ...repair,
      body: 'Disagreements are part of any close bond. How much they hurt depends on what happens next: whether someone reaches out, whether both own their share, and how soon the air clears. Repair works best when it is not always the same person who starts it. This step is for relationships where you feel safe. If you feel afraid or controlled, your safety comes first, and the support services below can help.',
      prompts: [
        { id: 'p1', text: 'Is it usually the same person who reaches out after an argument?' },
        { id: 'p2', text: 'What words help me reset after a tense moment?' },
        { id: 'p3', text: 'What do I need from the other person before things feel settled again?' },
      ],
      practice: { text: 'Agree on a short phrase either of you can use to pause a tense talk and start again.' },
      example:
        'Two friends agreed that either could say "Can we try that again?" mid-argument; it soon became a shared joke that took the heat out.',
      questions: [
        {
          question: 'Can give and take be rebuilt after it breaks?',
          answer:
            'Often, yes, when both people want it. Small actions repeated over weeks, honest talks and patience usually do more than one big conversation.',
        },
      ],
    },
    {
      ...observe,
      body: 'Change between two people is usually gradual, so it is easy to miss. Look out for small things: an argument that ends sooner, a question asked back, a warmer hello at the door. Seeing them keeps you going and tells you what to try next.',
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
      questions: [stillNoResponse],
    },
  ],
  resources: supportResources,
};
