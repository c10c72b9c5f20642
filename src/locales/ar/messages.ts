import type { Catalog } from '../../core/index.js';

/*
 * Arabic interface strings (Modern Standard Arabic). The reader is addressed without assuming
 * gender: verbal nouns ("مسح ملاحظاتي"), passive and impersonal forms ("يُرجى", "يمكن"), the
 * first person ("نعم، أريد …") and the unvowelled "ـك" suffix, which reads as either gender.
 *
 * Counts with a noun take the noun in the form Arabic grammar asks for after that number,
 * chosen through Intl.PluralRules('ar'): zero, one (واحد), two (dual), few (3–10, plural),
 * many (11–99, singular accusative) and other (100, 1000 …, singular genitive). Numbers are
 * kept as given, as the English strings do not format them either.
 */

const rules = new Intl.PluralRules('ar');

interface Forms {
  zero: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

const plural = (n: number, forms: Forms): string => forms[rules.select(n) as keyof Forms] ?? forms.other;

/** "After N days" (genitive after بعد). */
const afterDays = (n: number): string =>
  plural(n, {
    zero: `بعد ${n} يوم`,
    one: 'بعد يوم واحد',
    two: 'بعد يومين',
    few: `بعد ${n} أيام`,
    many: `بعد ${n} يومًا`,
    other: `بعد ${n} يوم`,
  });

/** First strong isolate: keeps Latin text and numbers (an HTTP status, a URL) in their own order. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

export const messages: Catalog = {
  // Every element
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر عرض هذا التقييم',
  errorIntro: 'في إعدادات الصفحة التي تتضمّنه مشكلة:',
  errorMore: (n: number) =>
    plural(n, {
      zero: '…ولا مشكلات أخرى.',
      one: '…ومشكلة أخرى.',
      two: '…ومشكلتان أخريان.',
      few: `…و${n} مشكلات أخرى.`,
      many: `…و${n} مشكلة أخرى.`,
      other: `…و${n} مشكلة أخرى.`,
    }),
  fetchFailed: (status: string) => `تعذّر تحميل ملف التعريف (${isolate(status)}).`,
  networkFailed: 'تعذّر تحميل ملف التعريف: فشل الاتصال بالشبكة.',
  validatorFailed: 'تعذّر التحقق من ملف التعريف: لم يُحمَّل الرمز الذي يتحقق منه (هل الصفحة غير متصلة بالإنترنت؟).',
  notSaved: 'لا يُحفَظ تقدّمك على هذا الجهاز.',
  start: 'لنبدأ',
  next: 'التالي',
  back: 'السابق',
  resultTitle: 'نتيجتك',
  print: 'طباعة',
  copy: 'نسخ كنص',
  copied: 'تمّ النسخ.',
  copyFailed: 'النسخ غير متاح في هذه الصفحة؛ يمكن تحديد النص لنسخه يدويًا.',
  unavailable: 'تعذّر تنفيذ ذلك الآن (هل الصفحة غير متصلة بالإنترنت؟). يرجى المحاولة مرة أخرى.',
  reset: 'إعادة الضبط',
  supportLink: 'الدعم وخطوط المساندة',
  copyDone: 'تمّ النسخ',
  quickExit: 'مغادرة هذه الصفحة بسرعة',
  quickExitHint: 'أو الضغط على مفتاح Shift ثلاث مرات.',
  shiftMore: (n: number) =>
    n === 1 ? 'مفتاح Shift: ضغطة أخرى لمغادرة هذه الصفحة.' : 'مفتاح Shift: ضغطتان أخريان لمغادرة هذه الصفحة.',
  call: 'اتصال',
  sendText: 'رسالة نصية',
  otherRegions: 'خدمات في بلدان أخرى',
  byCountry: 'الخدمات حسب البلد',
  disclaimerLabel: 'ملاحظة مهمّة',
  summary: 'الملخّص',
  labelled: (label: string, text: string) => `${label}: ${text}`,

  // <recipro-quiz>
  seeResult: 'عرض نتيجتي',
  questionOf: (n: number, total: number) => `السؤال ${n} من ${total}`,
  minutes: (n: number) =>
    plural(n, {
      zero: 'أقل من دقيقة',
      one: 'نحو دقيقة واحدة',
      two: 'نحو دقيقتين',
      few: `نحو ${n} دقائق`,
      many: `نحو ${n} دقيقة`,
      other: `نحو ${n} دقيقة`,
    }),
  questions: (n: number) =>
    plural(n, {
      zero: 'لا أسئلة',
      one: 'سؤال واحد',
      two: 'سؤالان',
      few: `${n} أسئلة`,
      many: `${n} سؤالًا`,
      other: `${n} سؤال`,
    }),
  answerRequired: 'يُرجى اختيار إجابة للمتابعة.',
  answerMissing: (n: number) => `يُرجى الإجابة عن السؤال ${n} أولًا.`,
  answeredOf: (n: number, total: number) => `تمّت الإجابة عن ${n} من ${total}`,
  restarted: 'تغيّرت الأسئلة في هذه الصفحة، لذا بدأ التقييم من جديد.',
  questionNumber: (n: number) => `السؤال ${n}`,
  retake: 'الإجابة مرة أخرى',
  clearAnswers: 'مسح إجاباتي',
  cleared: 'تمّ مسح إجاباتك من هذا الجهاز.',
  suggestedSteps: 'خطوات قد تفيد',
  formsTitle: 'إلى أين تميل الكفّة في كل مجال',
  formsAbout: 'ماذا يعني كل مجال',
  tableCaption: 'الدرجات حسب المجال',
  tableForm: 'المجال',
  tableLean: 'الميل',
  tableValue: 'الدرجة',
  balanced: 'متوازن',
  even: 'تكافؤ',
  mixed: 'توازن عام، مع تفاوت في بعض الجوانب',
  moreAbout: 'من أين نبدأ',
  culturalNote: 'ملاحظة ثقافية',
  showRest: 'عرض بقية نتيجتي',
  restTitle: 'بقية نتيجتك',
  restNote: 'تصف أنماطًا في إجاباتك. ليست نصيحة، ولا تقول شيئًا عن سلامتك.',
  resultReady: (label: string) => `نتيجتك جاهزة: ${label}.`,
  quizRequired: 'يُرجى إكمال هذا التقييم أولًا.',

  // <recipro-checklist>
  checkedOf: (n: number, total: number) => `تمّ تحديد ${n} من ${total}`,
  warningSigns: (n: number) =>
    plural(n, {
      zero: `${n} علامة تحذير`,
      one: 'علامة تحذير واحدة',
      two: 'علامتا تحذير',
      few: `${n} علامات تحذير`,
      many: `${n} علامة تحذير`,
      other: `${n} علامة تحذير`,
    }),
  soFar: (label: string) => `حتى الآن: ${label}`,
  seeMeaning: 'ماذا يعني هذا؟',
  whatNext: 'خطوة تالية ممكنة:',
  untitled: 'قائمة تحقّق',
  bandTakeaway: (label: string, takeaway: string) => `${label}: ${takeaway}`,
  countAndTakeaway: (count: string, takeaway: string) => `${count}. ${takeaway}`,
  resetDone: 'أُلغي تحديد جميع البنود.',
  checklistRequired: 'يُرجى تحديد ما ينطبق، أو الضغط على «ماذا يعني هذا؟».',
  listDisclaimer: 'أداة للتأمّل الذاتي، لا تشخيص ولا علاج. لا يمكنها تقييم وضعك أو مدى أمانك.',
  listFew: 'القليل منها حاليًا',
  listFewTakeaway: 'يمكن البدء بأمر واحد يهمّك أن يزداد؛ فالخطوات الصغيرة لها أثرها.',
  listSome: 'بعضٌ منها',
  listSomeTakeaway: 'هناك أساس يمكن البناء عليه: لتكن البداية بواحد مما ينقص.',
  listMany: 'كثيرٌ منها',
  listManyTakeaway: 'كثير من هذا حاضر بالفعل؛ ومن الجميل الحفاظ على العادات التي جعلته كذلك.',
  warningFew: 'القليل منها',
  warningFewTakeaway: 'وجود القليل من هذه أمر شائع في أي علاقة؛ والنمط على المدى البعيد أهمّ من أي يوم بعينه.',
  warningSome: 'بعضٌ منها',
  warningSomeTakeaway: 'قد يفيد الحديث عن واحد منها مع شخص محلّ ثقتك.',
  warningMany: 'كثيرٌ منها',
  warningManyTakeaway: 'ربما يقع على عاتقك الكثير. الرفق بنفسك مهمّ، وقد يفيد الحديث عن ذلك مع شخص محلّ ثقتك أو مع مختصّ.',

  // <recipro-stepper>
  stepOf: (n: number, total: number) => `الخطوة ${n} من ${total}`,
  stepHeading: (n: number, total: number, title: string) => `الخطوة ${n} من ${total}: ${title}`,
  stepList: 'الخطوات',
  doneOf: (n: number, total: number) => `تمّ إنجاز ${n} من ${total}`,
  doneNext: 'اكتملت — الخطوة التالية',
  doneSummary: 'اكتملت — عرض الملخّص',
  markNotDone: 'إزالة علامة «مكتملة»',
  markedDone: (title: string, n: number, total: number) => `اكتملت خطوة «${title}». تمّ إنجاز ${n} من ${total}.`,
  markedNotDone: (title: string, n: number, total: number) =>
    `لم تعد خطوة «${title}» محدّدة كمكتملة. تمّ إنجاز ${n} من ${total}.`,
  allDone: 'اكتملت جميع الخطوات. الملخّص جاهز متى شئت.',
  statusNotStarted: 'بانتظار البدء',
  statusInProgress: 'قيد العمل',
  statusDone: 'مكتملة',
  keepNotes: 'الاحتفاظ بملاحظاتي على هذا الجهاز',
  keepNotesOff: 'غير مفعَّل: تبقى ملاحظاتك في هذه الصفحة فقط حتى مغادرتها أو إعادة تحميلها.',
  keepNotesOn: (days: number) => `تُحفَظ ملاحظاتك في هذا المتصفح فقط، وتُحذَف ${afterDays(days)} دون أي تعديل.`,
  keptSession: 'تبقى ملاحظاتك في علامة التبويب هذه حتى إغلاقها.',
  keptLocal: (days: number) => `تبقى ملاحظاتك في هذا المتصفح على هذا الجهاز، وتُحذَف ${afterDays(days)} دون أي تعديل.`,
  keepingNotes: 'ستُحفَظ ملاحظاتك على هذا الجهاز.',
  notKeepingNotes: 'لم تعد ملاحظاتك محفوظة على هذا الجهاز، وستبقى في هذه الصفحة حتى مغادرتها.',
  notesShared: 'عند وضع علامة «مكتملة» على جميع الخطوات، يتلقّى هذا الموقع ملاحظاتك.',
  clearNotes: 'مسح ملاحظاتي',
  clearQuestion: 'مسح جميع ملاحظاتك وتقدّمك من هذه الصفحة ومن هذا الجهاز؟ لا يمكن التراجع عن ذلك.',
  clearConfirm: 'نعم، أريد مسح ملاحظاتي',
  clearCancel: 'أريد الإبقاء على ملاحظاتي',
  notesCleared: 'تمّ مسح ملاحظاتك من هذا الجهاز.',
  downloadNotes: 'تنزيل ملاحظاتي',
  downloadReminder: 'إضافة تذكير إلى تقويمي',
  reminderEvery: (title: string, weeks: number) =>
    plural(weeks, {
      zero: `${title}، كل ${weeks} أسبوع`,
      one: `${title}، كل أسبوع`,
      two: `${title}، كل أسبوعين`,
      few: `${title}، كل ${weeks} أسابيع`,
      many: `${title}، كل ${weeks} أسبوعًا`,
      other: `${title}، كل ${weeks} أسبوع`,
    }),
  reminderFrom: (title: string, step: string) => `تمرين من «${title}»: ${step}.`,
  practice: 'تمرين عملي',
  example: 'مثال',
  prompts: 'أسئلة للتأمّل',
  yourNotes: 'ملاحظاتك',
  noNotes: 'لا توجد ملاحظات بعد.',
  seeSummary: 'عرض الملخّص',
  backToSteps: 'العودة إلى الخطوات',
};
