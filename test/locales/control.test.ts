import { expect } from '@open-wc/testing';
import { scoreQuiz, type QuizDefinition } from '../../src/core/index.js';
import { ar } from '../../src/locales/ar/index.js';
import fr from '../../src/locales/fr/index.js';
import { hi } from '../../src/locales/hi/index.js';

/** The question on being controlled, in each translation of the default quiz (English: test/content/packs). */
for (const [language, pack] of [
  ['fr', fr],
  ['hi', hi],
  ['ar', ar],
] as const) {
  const quiz = pack.packs['reciprocity-balance'] as QuizDefinition;
  // Every scored question "Sometimes", the question on fear "Never".
  const calm = Object.fromEntries(quiz.items.map((item) => [item.id, item.dimension ? 3 : 1]));

  describe(`the question on being controlled (${language})`, () => {
    it('comes right after the question on fear, with the same concerning answers', () => {
      expect(quiz.items.slice(-2).map((i) => i.id)).to.deep.equal(['safety', 'control']);
      const control = quiz.items.find((i) => i.id === 'control')!;
      expect(control.scale).to.equal('safety');
      expect(control.dimension).to.equal(undefined);
      expect(control.safety).to.deep.equal({ values: [2, 3, 4, 5, 6] });
    });

    it('answered with concern alone, sets advice aside and shows support', () => {
      for (const value of [2, 3, 4, 5, 6]) {
        const result = scoreQuiz(quiz, { ...calm, control: value });
        expect(result.safety, `answer ${value}`).to.deep.equal([{ id: 'control', value }]);
        expect(result.guidance, `answer ${value}`).to.deep.equal({ advice: [], steps: [], showResources: true });
      }
      expect(scoreQuiz(quiz, calm).safety).to.deep.equal([]);
    });
  });
}
