import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const traumaAndReciprocity: ChecklistDefinition = {
  kind: 'checklist',
  id: 'trauma-and-reciprocity',
  version: '1.0.0',
  title: 'كيف قد تؤثّر جراح الماضي في الأخذ والعطاء',
  locale: 'ar',
  intro:
    'قد تُشكّل التجارب المؤلمة، ولا سيما المبكرة منها، مدى شعورنا بالأمان حين نستند إلى الآخرين أو يستندون إلينا. هذه الأنماط طرق للتكيّف، لا عيوب. يمكن تحديد ما يبدو مألوفًا منها، والتوقّف متى شئت.',
  disclaimer,
  attribution,
  polarity: 'warning',
  items: [
    { id: 'accepting-help', text: 'قبول المساعدة يُشعرني بعدم الارتياح، حتى حين أحتاج إليها.' },
    { id: 'giving-to-keep', text: 'أعطي كثيرًا لأنني أخشى أن يرحل الناس إن احتجت إلى شيء.' },
    { id: 'going-quiet', text: 'حين يشتدّ التوتر، ألوذ بالصمت أو أنغلق على نفسي.' },
    { id: 'showing-struggle', text: 'أشعر بأن إظهار معاناتي لأحد مجازفة.' },
    { id: 'naming-needs', text: 'يصعب عليّ التعبير عن احتياجاتي بالكلمات.' },
    { id: 'expecting-no', text: 'أتوقّع الرفض حين أطلب شيئًا.' },
    { id: 'trusting-care', text: 'يصعب عليّ أن أثق بأن الاهتمام سيدوم.' },
    {
      id: 'afraid-or-controlled',
      text: 'في حياتي اليوم شخص قريب يُشعرني بالخوف، أو يتحكّم في تنقّلاتي ومن ألتقي بهم وفي ما أنفقه.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 30,
      label: 'القليل منها مألوف',
      takeaway: 'قليل من هذه الأنماط يبرز لديك؛ وحيثما برز أحدها، فمجرد الانتباه إليه خطوة أولى فيها رفق بالنفس.',
    },
    {
      id: 'some',
      min: 30,
      max: 60,
      label: 'بعضها مألوف',
      takeaway: 'كثيرًا ما تلين أنماط كهذه عبر لحظات اهتمام صغيرة يمكن توقّعها، وبوتيرة تمنحك الشعور بالأمان.',
    },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'كثير منها مألوف',
      takeaway:
        'هذه طرق تعلّمت بها حماية نفسك. الرفق بنفسك مهمّ؛ وإن أمكن الوصول إلى معالج نفسي مؤهَّل، فبوسعه مساعدتك على تجاوزها.',
    },
  ],
  resources: supportResources,
};
