import type { BuiltInPack } from '../registry.js';
import { attribution, disclaimer } from '../common.js';

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
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'Some give and take',
      takeaway: 'There is a base to build on; saying clearly what you need can make the exchange fairer.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'Strong give and take',
      takeaway: 'Effort and credit seem to be shared well; keep making it visible.',
    },
  ],
};
