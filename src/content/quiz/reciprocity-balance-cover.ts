import { disclaimer } from '../disclaimer.js';
import type { QuizCover } from './presets.js';

/** The intro screen of `reciprocity-balance`, shown at once while the pack itself loads. The pack takes its text from here. */
export const reciprocityBalanceCover = {
  title: 'Reciprocity balance check',
  intro:
    'Six everyday forms of reciprocity, looked at from both sides: what you offer, and what comes back to you. The result shows where things feel even and which way they lean. Two questions near the end ask about your safety; they are not part of the score.',
  estimatedMinutes: 5,
  disclaimer,
  questions: 26,
} as const satisfies QuizCover;
