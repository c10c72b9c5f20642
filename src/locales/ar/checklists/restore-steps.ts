import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';

export const restoreSteps: ChecklistDefinition = {
  kind: 'checklist',
  id: 'restore-steps',
  version: '1.0.0',
  title: 'خطوات لاستعادة التوازن في الأخذ والعطاء',
  locale: 'ar',
  intro:
    'يمكن تحديد الخطوات التي صارت جزءًا من حياتك بالفعل. هذه الخطوات للعلاقات الآمنة بالنسبة إليك؛ أما إن كان في حياتك من يثير خوفك، فسلامتك تأتي أولًا: يُرجى التواصل مع شخص محلّ ثقتك أو مع أحد خطوط المساندة.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'small-acts', text: 'أقدّم لفتات اهتمام صغيرة في الأيام العادية.' },
    { id: 'share-tasks', text: 'تحدّثنا عن تقاسم المهام بشكل أكثر عدلًا.' },
    { id: 'repair-soon', text: 'بعد الخلاف، نحاول إصلاح ما بيننا في غضون يوم أو نحوه.' },
    { id: 'listen', text: 'أُصغي بفضول صادق قبل أن أردّ.' },
    { id: 'express', text: 'أعبّر عن حاجتي دون لوم.' },
    { id: 'appreciate', text: 'يشكر كلٌّ منا الآخر على الأمور اليومية.' },
    { id: 'slow-down', text: 'حين يحتدّ الحديث، نُبطئ إيقاعه.' },
  ],
  bands: [
    {
      id: 'starting',
      min: 0,
      max: 35,
      label: 'في البداية',
      takeaway: 'يمكن اختيار خطوة تبدو سهلة وتجربتها لمدة أسبوع.',
    },
    {
      id: 'building',
      min: 35,
      max: 70,
      label: 'البناء مستمر',
      takeaway: 'البداية قد تحقّقت؛ ويمكن إضافة خطوة أخرى حين تصبح الأولى مألوفة.',
    },
    {
      id: 'steady',
      min: 70,
      max: 100,
      label: 'ممارسة راسخة',
      takeaway: 'الاستمرار يصنع الفرق؛ ومن الجميل ملاحظة التغييرات مهما كانت صغيرة.',
    },
  ],
};
