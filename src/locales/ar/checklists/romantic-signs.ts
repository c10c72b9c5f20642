import type { ChecklistDefinition } from '../../../core/index.js';
import { attribution, disclaimer } from '../common.js';
import { supportResources } from '../resources.js';

export const romanticSigns: ChecklistDefinition = {
  kind: 'checklist',
  id: 'romantic-signs',
  version: '1.0.0',
  title: 'علامات الأخذ والعطاء بين الشريكين',
  locale: 'ar',
  intro:
    'يمكن تحديد العلامات التي تنطبق عليكما في أغلب الأوقات. فلا توجد علاقة تظهر فيها كل هذه العلامات كل يوم. أما العلامة الأخيرة فتتعلّق بسلامتك، ولا تُحتسب في النتيجة.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'heard', text: 'يشعر كلانا بأن الآخر يُصغي إليه حين نتحدث.' },
    { id: 'mental-load', text: 'نتقاسم عبء التذكّر والتخطيط وتلطيف الأجواء.' },
    { id: 'appreciation', text: 'الشكر والتقدير متبادلان بيننا.' },
    { id: 'repair', text: 'بعد الخلاف، قد يكون أيٌّ منا أول من يبادر بالتواصل.' },
    { id: 'effort', text: 'كلانا يمنح العلاقة من وقته وجهده.' },
    { id: 'hard-days', text: 'في الأيام الصعبة، يستطيع كلٌّ منا أن يستند إلى الآخر.' },
    { id: 'tasks', text: 'تُقسَّم المهام اليومية بطريقة نراها كلانا عادلة.' },
    { id: 'asking', text: 'يستطيع أيٌّ منا طلب المساعدة دون أن يتحوّل ذلك إلى أمر كبير.' },
    {
      id: 'afraid-or-controlled',
      text: 'أشعر أحيانًا بالخوف من الطرف الآخر، أو بأن تحرّكاتي مراقَبة، أو بأنني أُحرَم من المال أو من رؤية أصدقائي وأهلي.',
      safety: true,
    },
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'علامات قليلة حاليًا',
      takeaway: 'يمكن اختيار علامة واحدة يهمّك أن تزداد، وطرحها بلطف؛ فالخطوات الصغيرة لها أثرها.',
    },
    {
      id: 'some',
      min: 40,
      max: 75,
      label: 'بعض العلامات',
      takeaway: 'هناك أساس يمكن البناء عليه: لتكن البداية بإحدى العلامات الغائبة.',
    },
    {
      id: 'many',
      min: 75,
      max: 100,
      label: 'علامات كثيرة',
      takeaway: 'يبدو أن الاهتمام يسري في الاتجاهين؛ ومن الجميل الحفاظ على العادات التي جعلته كذلك.',
    },
  ],
  resources: supportResources,
};
