import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const friendshipBalance: ChecklistDefinition = {
  kind: 'checklist',
  id: 'friendship-balance',
  version: '1.0.0',
  title: 'التوازن في الصداقة',
  locale: 'ar',
  intro:
    'مع استحضار صداقة واحدة، يمكن تحديد ما ينطبق عليها في الغالب. الصداقات الطيبة لا تقوم على المقايضة؛ المهم أن يأتي الجهد من الجانبين. أما العلامة الأخيرة فتتعلّق بسلامتك، ولا تُحتسب في النتيجة.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'reach-out', text: 'كلانا يبادر بالتواصل لترتيب لقاءاتنا.' },
    { id: 'turns', text: 'نتناوب على الإصغاء والبوح.' },
    { id: 'make-time', text: 'كلانا يعدّل مواعيده بين حين وآخر كي نلتقي.' },
    { id: 'good-news', text: 'يفرح كلٌّ منا بأخبار الآخر السارّة.' },
    { id: 'hard-times', text: 'حين يمرّ أحدنا بضيق، يكون الآخر حاضرًا.' },
    { id: 'appreciation', text: 'يُشعر كلٌّ منا الآخر بأن هذه الصداقة تهمّه.' },
    { id: 'honesty', text: 'نستطيع أن نطرح مشكلة ما ونبقى على قربنا بعدها.' },
    {
      id: 'afraid-or-controlled',
      text: 'أشعر أحيانًا بالخوف من هذا الشخص، أو بأنه يحاول التحكّم في من ألتقي بهم أو في ما أفعله.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'غالبًا من طرف واحد',
      takeaway:
        'تفتر الصداقات حين يأتي الجهد من طرف واحد؛ قد تفيد دعوة صادقة واحدة، ثم ملاحظة إن كان الطرف الآخر يلاقيك في منتصف الطريق.',
      questions: [
        {
          question: 'كيف أبني مزيدًا من الأخذ والعطاء في صداقة ما؟',
          answer:
            'يبدأ ذلك بتواصل صادق، وبالتعبير عن تقديرك لهذا الصديق، وبتقاسم التخطيط والخدمات، ثم بملاحظة إن كان صديقك قد بدأ يلاقيك في منتصف الطريق.',
        },
      ],
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'شيء من الأخذ والعطاء',
      takeaway: 'هناك أخذ وعطاء حقيقيان هنا؛ وكلمة تقدير قد تزيدهما متانة.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'متوازنة إلى حدّ بعيد',
      takeaway: 'تبدو هذه الصداقة متوازنة؛ فليبقَ كلٌّ منكما حاضرًا للآخر.',
    },
  ],
  resources: supportResources,
};
