import type { BuiltInPack } from '../registry.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';
import { workSupport } from '../work-support.js';

export const workReciprocity: BuiltInPack<'work-reciprocity'> = {
  kind: 'checklist',
  id: 'work-reciprocity',
  version: '1.0.0',
  title: 'Reciprocity at work',
  locale: 'en',
  intro: 'Think of your team or one working relationship, and tick what is usually true.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'credit', text: 'Credit for shared work is shared.' },
    { id: 'help', text: 'Help is offered in both directions, not always by the same people.' },
    { id: 'feedback', text: 'Feedback flows both ways, including to managers.' },
    { id: 'needs', text: 'People can say what they need without being judged for it.' },
    { id: 'meetings', text: 'In meetings, everyone gets a chance to speak.' },
    { id: 'workload', text: 'Extra work is shared out fairly.' },
    { id: 'disagreements', text: 'Disagreements are talked through rather than left to simmer.' },
    { id: 'thanks', text: 'People notice and thank each other for their effort.' },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'Little give and take',
      takeaway: 'One small habit, such as thanking someone for something specific, can start to shift things.',
      next: 'This week, ask for help with one task instead of carrying it alone, and notice who offers.',
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'Some give and take',
      takeaway: 'There is a base to build on; saying clearly what you need can make the exchange fairer.',
      next: 'Bring one fair-sharing idea to your next team meeting, such as taking turns with the notes or with who speaks first.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'Strong give and take',
      takeaway: 'Effort and credit seem to be shared well; keep making it visible.',
      next: 'When shared work is praised, name who did what, and now and then invite a quieter colleague to speak first.',
    },
  ],
  resources: workSupport(supportResources, {
    title: 'Support at work',
    intro:
      'If work feels unfair or unsafe, you do not have to sort it out alone: a manager you trust, HR, a union or staff representative, or an employee assistance programme can listen and help you choose what to do.',
    routes: [
      {
        region: 'any',
        name: 'Employee assistance programme',
        description: 'Many employers offer free, confidential counselling, often day and night.',
        contacts: [{ label: 'Ask HR, or look on your intranet, for its number' }],
      },
      {
        region: 'any',
        name: 'A union or staff representative',
        description: 'Can advise you, and come with you to meetings about how you are treated.',
        contacts: [{ label: 'Ask a colleague you trust, or your union, who to contact' }],
      },
    ],
  }),
};
