import type { Attribution, QuizStep } from '../../core/index.js';

/** Every pack carries this: the packs are for reflection, and say so. */
export const disclaimer =
  'أداة للتأمّل الذاتي، لا تشخيص ولا علاج. لا يمكنها تقييم وضعك أو مدى أمانك؛ ويمكن لمختصّ مؤهَّل أن يساعدك في الأمرين.';

export const attribution: Attribution = {
  text: 'خطوات RECIPRO ومجالات التبادل الستة مقتبسة بتصرّف من مقالة بريانكا شارما (Priyanka Sharma) عن التبادل في تعافي العلاقات.',
};

/*
 * The seven RECIPRO steps. The ids and the letters stay as in English (RECIPRO is the
 * framework's name); the titles are verbal nouns, which name a step without addressing the
 * reader as a man or a woman.
 */
export const reflect: QuizStep = {
  id: 'reflect',
  letter: 'R',
  title: 'التأمّل',
  summary: 'الانتباه إلى احتياجاتك، وإلى عاداتك في الأخذ والعطاء.',
};
export const express: QuizStep = {
  id: 'express',
  letter: 'E',
  title: 'التعبير',
  summary: 'التعبير عن حاجتك بوضوح، ومن دون لوم.',
};
export const checkIn: QuizStep = {
  id: 'check-in',
  letter: 'C',
  title: 'السؤال عن الحال',
  summary: 'السؤال بين حين وآخر عن شعور كلٍّ منكما تجاه العلاقة.',
};
export const invest: QuizStep = {
  id: 'invest',
  letter: 'I',
  title: 'الاستثمار في العلاقة',
  summary: 'تقديم لفتات اهتمام صغيرة في الحياة اليومية.',
};
export const practiceBalance: QuizStep = {
  id: 'practice-balance',
  letter: 'P',
  title: 'ممارسة التوازن',
  summary: 'البحث عن التوازن على المدى البعيد، لا عن حصص متساوية كل يوم.',
};
export const repair: QuizStep = {
  id: 'repair',
  letter: 'R',
  title: 'رأب الصدع',
  summary: 'معالجة التوتر بلطف، وفي أقرب وقت بعد الخلاف.',
};
export const observe: QuizStep = {
  id: 'observe',
  letter: 'O',
  title: 'الملاحظة',
  summary: 'ملاحظة ما يتغيّر، والتعديل معًا.',
};
