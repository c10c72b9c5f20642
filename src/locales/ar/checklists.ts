import type { ChecklistDefinition } from '../../core/index.js';
import { attribution, disclaimer } from './common.js';
import { supportResources } from './resources.js';

/*
 * The six checklists in Arabic: the same ids, items, bands and thresholds as in English.
 * Instructions use impersonal forms ("يمكن تحديد …") rather than an imperative, which Arabic
 * marks as masculine or feminine; items speak as "I" or "we", which Arabic leaves ungendered.
 */

export const romanticSigns: ChecklistDefinition = {
  kind: 'checklist',
  id: 'romantic-signs',
  version: '1.0.0',
  title: 'علامات الأخذ والعطاء بين الشريكين',
  locale: 'ar',
  intro: 'يمكن تحديد العلامات التي تنطبق عليكما في أغلب الأوقات. فلا توجد علاقة تظهر فيها كل هذه العلامات كل يوم.',
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
  ],
  bands: [
    { id: 'few', min: 0, max: 40, label: 'علامات قليلة حاليًا', takeaway: 'يمكن اختيار علامة واحدة يهمّك أن تزداد، وطرحها بلطف؛ فالخطوات الصغيرة لها أثرها.' },
    { id: 'some', min: 40, max: 75, label: 'بعض العلامات', takeaway: 'هناك أساس يمكن البناء عليه: لتكن البداية بإحدى العلامات الغائبة.' },
    { id: 'many', min: 75, max: 100, label: 'علامات كثيرة', takeaway: 'يبدو أن الاهتمام يسري في الاتجاهين؛ ومن الجميل الحفاظ على العادات التي جعلته كذلك.' },
  ],
};

export const oneSidedSigns: ChecklistDefinition = {
  kind: 'checklist',
  id: 'one-sided-signs',
  version: '1.0.0',
  title: 'علامات العلاقة من طرف واحد',
  locale: 'ar',
  intro:
    'يمكن تحديد ما ينطبق منها في كثير من الأحيان. وجود بعضها أمر شائع في أي علاقة، أما اجتماع الكثير منها فقد يعني أن التوازن يحتاج إلى عناية. وعدم التكافؤ لا يعني غياب الأمان: إن شعرت يومًا بالخوف من الطرف الآخر، فيُرجى التواصل مع شخص محلّ ثقتك أو مع أحد خطوط المساندة.',
  disclaimer,
  attribution,
  polarity: 'warning',
  items: [
    { id: 'initiate', text: 'أنا من يبادر بمعظم خططنا أو اتصالاتنا أو أحاديثنا.' },
    { id: 'support', text: 'أقدّم من الدعم أكثر بكثير مما يعود إليّ.' },
    { id: 'unseen', text: 'كثيرًا ما تمرّ مشاعري دون أن يلاحظها أحد أو يسأل عنها.' },
    { id: 'fixing', text: 'عادةً ما أكون أنا من يهدّئ الأمور بعد الخلاف.' },
    { id: 'drained', text: 'كثيرًا ما أشعر بالإنهاك بعد الوقت الذي نقضيه معًا.' },
    { id: 'their-news', text: 'تدور أحاديثنا في الغالب حول أخبار الطرف الآخر وهمومه.' },
    { id: 'holding-back', text: 'أتردّد في طلب المساعدة لأنني أشعر أن ذلك سيكون أكثر من اللازم.' },
    { id: 'keeping-track', text: 'صرتُ أحسب في سرّي من يقوم بماذا.' },
  ],
  bands: [
    { id: 'few', min: 0, max: 30, label: 'علامات قليلة', takeaway: 'بعض التفاوت أمر طبيعي؛ والتوازن على المدى البعيد أهمّ من أي يوم بعينه.' },
    { id: 'some', min: 30, max: 60, label: 'بعض العلامات', takeaway: 'قد يفيد التعبير عن حاجة واحدة بهدوء، وملاحظة كيف يتجاوب الطرف الآخر.' },
    {
      id: 'many',
      min: 60,
      max: 100,
      label: 'علامات كثيرة',
      takeaway: 'ربما يقع على عاتقك الكثير. التخفيف من الإفراط في العطاء والتعبير عن احتياجاتك قد يساعدان، وكذلك الدعم من شخص محلّ ثقتك.',
    },
  ],
  resources: supportResources,
};

export const friendshipBalance: ChecklistDefinition = {
  kind: 'checklist',
  id: 'friendship-balance',
  version: '1.0.0',
  title: 'التوازن في الصداقة',
  locale: 'ar',
  intro: 'مع استحضار صداقة واحدة، يمكن تحديد ما ينطبق عليها في الغالب. نادرًا ما يتساوى الصديقان في مقدار ما يقدّمانه؛ المهم أن يسعى كلاكما.',
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
  ],
  bands: [
    {
      id: 'few',
      min: 0,
      max: 40,
      label: 'غالبًا من طرف واحد',
      takeaway: 'تفتر الصداقات حين يأتي الجهد من طرف واحد؛ قد تفيد دعوة صادقة واحدة، ثم ملاحظة إن كان الطرف الآخر يلاقيك في منتصف الطريق.',
    },
    { id: 'some', min: 40, max: 75, label: 'شيء من الأخذ والعطاء', takeaway: 'هناك أخذ وعطاء حقيقيان هنا؛ وكلمة تقدير قد تزيدهما متانة.' },
    { id: 'many', min: 75, max: 100, label: 'متوازنة إلى حدّ بعيد', takeaway: 'تبدو هذه الصداقة متوازنة؛ فليبقَ كلٌّ منكما حاضرًا للآخر.' },
  ],
};

export const workReciprocity: ChecklistDefinition = {
  kind: 'checklist',
  id: 'work-reciprocity',
  version: '1.0.0',
  title: 'الأخذ والعطاء في العمل',
  locale: 'ar',
  intro: 'مع استحضار فريق عملك أو علاقة عمل واحدة، يمكن تحديد ما ينطبق في الغالب.',
  disclaimer,
  attribution,
  polarity: 'healthy',
  items: [
    { id: 'credit', text: 'يُنسَب الفضل في العمل المشترك إلى كل من شارك فيه.' },
    { id: 'help', text: 'تُقدَّم المساعدة في الاتجاهين، لا من الأشخاص أنفسهم دائمًا.' },
    { id: 'feedback', text: 'تسير الملاحظات البنّاءة في الاتجاهين، حتى نحو المديرين.' },
    { id: 'needs', text: 'يستطيع كل فرد التعبير عن احتياجاته دون أن يُحكَم عليه بسببها.' },
    { id: 'meetings', text: 'في الاجتماعات، ينال كل شخص فرصته في الكلام.' },
    { id: 'workload', text: 'يُوزَّع العمل الإضافي بإنصاف.' },
    { id: 'disagreements', text: 'تُناقَش الخلافات بدل أن تُترك لتتفاقم.' },
    { id: 'thanks', text: 'يلاحظ الزملاء جهود بعضهم بعضًا ويشكرونها.' },
  ],
  bands: [
    { id: 'few', min: 0, max: 40, label: 'أخذ وعطاء قليلان', takeaway: 'عادة صغيرة واحدة، كشكر أحدهم على أمر محدّد، قد تبدأ في تغيير الأجواء.' },
    { id: 'some', min: 40, max: 75, label: 'شيء من الأخذ والعطاء', takeaway: 'هناك أساس يمكن البناء عليه؛ والتعبير بوضوح عن حاجتك قد يجعل التبادل أكثر إنصافًا.' },
    { id: 'many', min: 75, max: 100, label: 'أخذ وعطاء متين', takeaway: 'يبدو أن الجهد والفضل يُتقاسمان على نحو جيد؛ ومن المفيد أن يبقى ذلك ظاهرًا للجميع.' },
  ],
};

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
      takeaway: 'هذه طرق تعلّمت بها حماية نفسك. الرفق بنفسك مهمّ؛ وإن أمكن الوصول إلى معالج نفسي مؤهَّل، فبوسعه مساعدتك على تجاوزها.',
    },
  ],
  resources: supportResources,
};

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
    { id: 'starting', min: 0, max: 35, label: 'في البداية', takeaway: 'يمكن اختيار خطوة تبدو سهلة وتجربتها لمدة أسبوع.' },
    { id: 'building', min: 35, max: 70, label: 'البناء مستمر', takeaway: 'البداية قد تحقّقت؛ ويمكن إضافة خطوة أخرى حين تصبح الأولى مألوفة.' },
    { id: 'steady', min: 70, max: 100, label: 'ممارسة راسخة', takeaway: 'الاستمرار يصنع الفرق؛ ومن الجميل ملاحظة التغييرات مهما كانت صغيرة.' },
  ],
};
