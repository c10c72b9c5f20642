import type { BuiltInPack } from '../registry.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const traumaAndReciprocity: BuiltInPack<'trauma-and-reciprocity'> = {
  kind: 'checklist',
  id: 'trauma-and-reciprocity',
  version: '1.0.0',
  title: 'How past hurt can affect giving and receiving',
  locale: 'en',
  intro:
    'Painful experiences, especially early ones, can shape how safe it feels to lean on others or be leaned on. These patterns are ways of coping, not flaws. Tick any that feel familiar, and stop whenever you like.',
  disclaimer,
  attribution,
  polarity: 'warning',
  items: [
    { id: 'accepting-help', text: 'Accepting help feels uncomfortable, even when I need it.' },
    {
      id: 'giving-to-keep',
      text: 'I give more than I can spare, afraid that needing anything would drive people away.',
    },
    { id: 'going-quiet', text: 'When things get tense, I go quiet or shut down inside.' },
    { id: 'showing-struggle', text: 'Letting someone see that I am struggling feels risky.' },
    { id: 'naming-needs', text: 'Putting my needs into words is hard for me.' },
    { id: 'expecting-no', text: 'I expect to be turned down when I ask for something.' },
    { id: 'trusting-care', text: 'I find it hard to trust that care will last.' },
    {
      id: 'afraid-or-controlled',
      text: 'Someone close to me now makes me feel afraid, or controls where I go, who I see or what I spend.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 30,
      label: 'Few feel familiar',
      takeaway: 'Few of these patterns stand out for you; where one does, simply noticing it is a kind first step.',
      next: 'When one of these shows up, pause and name it to yourself kindly; there is nothing you need to fix right away.',
    },
    {
      id: 'some',
      min: 30,
      max: 60,
      label: 'Some feel familiar',
      takeaway:
        'Patterns like these often soften through small, predictable moments of care, at a pace that feels safe.',
      next: 'Try one small step at your own pace, such as accepting a little help from someone who has been kind to you before.',
      questions: [
        {
          question: 'Does past trauma affect give and take?',
          answer:
            'It can. After trauma, some people find it hard to let others close, some give far more than they can spare, and some shut down when things get tense. Steady, gentle care on both sides can help a person feel safe enough to take part again.',
        },
      ],
    },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'Many feel familiar',
      takeaway:
        'These are ways you learned to protect yourself. Go gently; a trained therapist, if you can reach one, can help you work through them.',
      next: 'If it feels right, reach out to a therapist or one of the support services below; you do not have to work through this alone.',
    },
  ],
  resources: supportResources,
};
