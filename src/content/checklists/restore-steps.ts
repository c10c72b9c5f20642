import type { BuiltInPack } from '../registry.js';
import { attribution, disclaimer } from '../common.js';

export const restoreSteps: BuiltInPack<'restore-steps'> = {
  kind: 'checklist',
  id: 'restore-steps',
  version: '1.0.0',
  title: 'Steps to restore reciprocity',
  locale: 'en',
  intro:
    'Tick the steps you already practise. These steps are for relationships where you feel safe; if you feel afraid of someone, your safety comes first: please reach out to someone you trust or a helpline.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'small-acts', text: 'I offer small acts of care on ordinary days.' },
    { id: 'share-tasks', text: 'We have talked about sharing tasks more fairly.' },
    { id: 'repair-soon', text: 'After a disagreement, we try to repair things within a day or so.' },
    { id: 'listen', text: 'I listen with curiosity before I reply.' },
    { id: 'express', text: 'I say what I need without blaming.' },
    { id: 'appreciate', text: 'We thank each other for everyday things.' },
    { id: 'slow-down', text: 'When a talk gets tense, we slow it down.' },
  ],
  bands: [
    {
      id: 'starting',
      min: 0,
      max: 35,
      label: 'Just starting',
      takeaway: 'Choose one step that feels easy and try it for a week.',
      next: 'Write down the step you chose and one moment this week when you could try it.',
    },
    {
      id: 'building',
      min: 35,
      max: 70,
      label: 'Building',
      takeaway: 'You have made a start; add another step once the first feels natural.',
      next: 'Tell the other person which step you are practising, and ask which one they would like to try.',
    },
    {
      id: 'steady',
      min: 70,
      max: 100,
      label: 'Well practised',
      takeaway: 'Keep going, and notice the changes, however small.',
      next: 'In a few weeks, look back together on what has changed, and choose what you want to keep.',
    },
  ],
};
