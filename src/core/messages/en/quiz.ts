/** Strings of `<recipro-quiz>`. */
export const quiz = {
  seeResult: 'See my result',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  minutes: (n: number) => (n === 1 ? 'About 1 minute' : `About ${n} minutes`),
  questions: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
  answerRequired: 'Choose an answer to go on.',
  answerMissing: (n: number) => `Please answer question ${n} first.`,
  answeredOf: (n: number, total: number) => `${n} of ${total} answered`,
  restarted: 'The questions on this page changed, so the assessment has started again.',
  questionNumber: (n: number) => `Question ${n}`,
  retake: 'Take it again',
  clearAnswers: 'Clear my answers',
  cleared: 'Your answers have been cleared from this device.',
  suggestedSteps: 'Steps that may help',
  formsTitle: 'How each form of reciprocity leans',
  formsAbout: 'What each form means',
  tableCaption: 'Scores by form',
  tableForm: 'Form',
  tableLean: 'Leans',
  tableValue: 'Score',
  balanced: 'Balanced',
  /** The chart's centre mark. */
  even: 'Even',
  /** The verdict when the overall band is neutral but some forms lean. */
  mixed: 'Balanced overall, uneven in places',
  moreAbout: 'Where to begin',
  culturalNote: 'A cultural note',
  /** After a safety concern, the result shows support only, until the reader asks for the rest. */
  showRest: 'Show the rest of my result',
  restTitle: 'The rest of your result',
  restNote: 'It describes patterns in what you answered. It is not advice, and it says nothing about your safety.',
  resultReady: (label: string) => `Your result is ready: ${label}.`,
  /** Inside a `<form>`, when the quiz has the `required` attribute and is not finished yet. */
  quizRequired: 'Please finish this quiz first.',
};
