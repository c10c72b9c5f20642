import type { BuiltInPack } from '../registry.js';
import { attribution, disclaimer, stillNoResponse } from '../common.js';
import { supportResources } from '../resources.js';

export const oneSidedSigns: BuiltInPack<'one-sided-signs'> = {
  kind: 'checklist',
  id: 'one-sided-signs',
  version: '1.0.0',
  title: 'Signs of a one-sided relationship',
  locale: 'en',
  intro:
    'Tick the ones that often feel true. A few are common anywhere; many together may mean the balance needs care. The last sign asks about your safety and is not part of the score.',
  disclaimer,
  attribution,
  polarity: 'warning',
  items: [
    { id: 'initiate', text: 'I start most of our plans, calls or conversations.' },
    { id: 'support', text: 'I offer much more support than I get back.' },
    { id: 'unseen', text: 'My feelings often go unnoticed or unasked about.' },
    { id: 'fixing', text: 'I am usually the one who starts the repair after a conflict.' },
    { id: 'drained', text: 'I often feel drained after time with them.' },
    { id: 'their-news', text: 'Our conversations mostly centre on their news and worries.' },
    { id: 'holding-back', text: 'I hold back from asking for help because it feels like too much.' },
    { id: 'keeping-track', text: 'I have started quietly keeping track of who does what.' },
    {
      id: 'afraid-or-controlled',
      text: 'I sometimes feel afraid of them, or controlled: I need their permission, or they keep money, friends or family from me.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 30,
      label: 'Few signs',
      takeaway: 'Some unevenness is normal; balance over time matters more than any single day.',
      next: 'Check in with yourself again in a few weeks; if one sign keeps coming back, that is the one worth talking about.',
    },
    {
      id: 'some',
      min: 30,
      max: 60,
      label: 'Some signs',
      takeaway: 'It may help to name one need calmly and see how they respond.',
      next: 'Choose one need and the words for it, such as "I would like us to take turns making plans", then notice whether they meet you halfway.',
    },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'Many signs',
      takeaway:
        'You may be carrying a lot. Easing back on overgiving and naming your needs can help, and so can support from someone you trust.',
      next: 'Before deciding anything, talk it through with someone you trust or one of the support services below; you do not have to carry this alone.',
      questions: [
        {
          question: 'Can a relationship last without give and take?',
          answer:
            'It can last, but it seldom feels good. When care runs one way for a long time, the person giving tends to grow tired, lonely and resentful, and that is worth taking seriously.',
        },
        stillNoResponse,
      ],
    },
  ],
  resources: supportResources,
};
