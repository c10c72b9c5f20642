import type { BuiltInPack } from '../registry.js';
import {
  attribution,
  checkIn,
  disclaimer,
  express,
  invest,
  observe,
  practiceBalance,
  reflect,
  repair,
} from '../common.js';
import { supportResources } from '../resources.js';
import { reciprocityBalanceCover } from './reciprocity-balance-cover.js';

/*
 * Both directions of the six forms of reciprocity: a `<form>-give` and a `<form>-receive`
 * dimension each, with two items per dimension, one of them reverse-scored, and every give item
 * mirrored on the receive side. Each form's score is give minus receive (-100 to 100): above
 * zero, the reader carries more. The model and its properties: docs/scoring.md.
 */

export const reciprocityBalance: BuiltInPack<'reciprocity-balance'> = {
  kind: 'quiz',
  id: 'reciprocity-balance',
  version: '2.0.0',
  title: reciprocityBalanceCover.title,
  locale: 'en',
  intro: reciprocityBalanceCover.intro,
  estimatedMinutes: reciprocityBalanceCover.estimatedMinutes,
  disclaimer,
  attribution,
  defaultRelationship: 'partner',
  scales: [
    {
      id: 'frequency',
      options: [
        { value: 1, label: 'Never' },
        { value: 2, label: 'Rarely' },
        { value: 3, label: 'Sometimes' },
        { value: 4, label: 'Often' },
        { value: 5, label: 'Always' },
      ],
    },
    {
      // Not scored. "Not sure" is an answer too, and it shows support, like any answer but "Never".
      id: 'safety',
      options: [
        { value: 1, label: 'Never' },
        { value: 2, label: 'Rarely' },
        { value: 3, label: 'Sometimes' },
        { value: 4, label: 'Often' },
        { value: 5, label: 'Always' },
        { value: 6, label: "I'm not sure" },
      ],
    },
  ],
  dimensions: [
    { id: 'practical-give', label: 'Practical help you give' },
    { id: 'practical-receive', label: 'Practical help they give you' },
    { id: 'emotional-give', label: 'Emotional support you give' },
    { id: 'emotional-receive', label: 'Emotional support they give you' },
    { id: 'communication-give', label: 'Room you make in conversation' },
    { id: 'communication-receive', label: 'Room they make for you in conversation' },
    { id: 'repair-give', label: 'Repair you offer after conflict' },
    { id: 'repair-receive', label: 'Repair they offer after conflict' },
    { id: 'healing-give', label: 'Support you give in hard times' },
    { id: 'healing-receive', label: 'Support they give you in hard times' },
    { id: 'future-give', label: 'Effort you put into the future' },
    { id: 'future-receive', label: 'Effort they put into the future' },
  ],
  items: [
    // Each form: a give item and its mirror on the receive side, then a reverse-keyed give item
    // and its mirror. Answering every question alike leaves every form even (docs/scoring.md).
    // Practical help
    {
      id: 'practical-give-1',
      dimension: 'practical-give',
      scale: 'frequency',
      text: {
        partner: 'I help my partner with everyday tasks and errands.',
        family: 'I help this family member with everyday tasks and errands.',
        friend: 'I help my friend with practical things when they need a hand.',
        colleague: 'I help this colleague with tasks when they are stretched.',
      },
    },
    {
      id: 'practical-receive-1',
      dimension: 'practical-receive',
      scale: 'frequency',
      text: {
        partner: 'My partner helps me with everyday tasks and errands.',
        family: 'This family member helps me with everyday tasks and errands.',
        friend: 'My friend helps me with practical things when I need a hand.',
        colleague: 'This colleague helps me with tasks when I am stretched.',
      },
    },
    {
      id: 'practical-give-2',
      dimension: 'practical-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'I leave the day-to-day jobs for my partner to handle.',
        family: 'I leave the day-to-day jobs for this family member to handle.',
        friend: 'I leave the practical side of our plans to my friend.',
        colleague: 'I leave the routine jobs for this colleague to pick up.',
      },
    },
    {
      id: 'practical-receive-2',
      dimension: 'practical-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'My partner leaves the day-to-day jobs for me to handle.',
        family: 'This family member leaves the day-to-day jobs for me to handle.',
        friend: 'My friend leaves the practical side of our plans to me.',
        colleague: 'This colleague leaves the routine jobs for me to pick up.',
      },
    },
    // Emotional support
    {
      id: 'emotional-give-1',
      dimension: 'emotional-give',
      scale: 'frequency',
      text: {
        partner: 'When my partner shares a feeling, I listen and show that I care.',
        family: 'When this family member shares a feeling, I listen and show that I care.',
        friend: 'When my friend shares a feeling, I listen and show that I care.',
        colleague: 'When this colleague shares a worry, I listen and show that I care.',
      },
    },
    {
      id: 'emotional-receive-1',
      dimension: 'emotional-receive',
      scale: 'frequency',
      text: {
        partner: 'When I share a feeling, my partner listens and shows they care.',
        family: 'When I share a feeling, this family member listens and shows they care.',
        friend: 'When I share a feeling, my friend listens and shows they care.',
        colleague: 'When I share a worry, this colleague listens and shows they care.',
      },
    },
    {
      id: 'emotional-give-2',
      dimension: 'emotional-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When my partner opens up, I get distracted or change the subject.',
        family: 'When this family member opens up, I get distracted or change the subject.',
        friend: 'When my friend opens up, I get distracted or change the subject.',
        colleague: 'When this colleague raises a worry, I get distracted or change the subject.',
      },
    },
    {
      id: 'emotional-receive-2',
      dimension: 'emotional-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When I open up, my partner gets distracted or changes the subject.',
        family: 'When I open up, this family member gets distracted or changes the subject.',
        friend: 'When I open up, my friend gets distracted or changes the subject.',
        colleague: 'When I raise a worry, this colleague gets distracted or changes the subject.',
      },
    },
    // Communication
    {
      id: 'communication-give-1',
      dimension: 'communication-give',
      scale: 'frequency',
      text: {
        partner: 'I ask my partner about their day and their views.',
        family: 'I ask this family member about their day and their views.',
        friend: 'I ask my friend about their life and their views.',
        colleague: 'I ask this colleague for their views and listen to the answer.',
      },
    },
    {
      id: 'communication-receive-1',
      dimension: 'communication-receive',
      scale: 'frequency',
      text: {
        partner: 'My partner asks about my day and my views.',
        family: 'This family member asks about my day and my views.',
        friend: 'My friend asks about my life and my views.',
        colleague: 'This colleague asks for my views and listens to the answer.',
      },
    },
    {
      id: 'communication-give-2',
      dimension: 'communication-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When my partner and I talk, I do most of the talking.',
        family: 'When this family member and I talk, I do most of the talking.',
        friend: 'When my friend and I talk, I do most of the talking.',
        colleague: 'When this colleague and I talk, I do most of the talking.',
      },
    },
    {
      id: 'communication-receive-2',
      dimension: 'communication-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When my partner and I talk, they do most of the talking.',
        family: 'When this family member and I talk, they do most of the talking.',
        friend: 'When my friend and I talk, they do most of the talking.',
        colleague: 'When this colleague and I talk, they do most of the talking.',
      },
    },
    // Conflict and repair
    {
      id: 'repair-give-1',
      dimension: 'repair-give',
      scale: 'frequency',
      text: {
        partner: 'After a disagreement, I reach out to my partner to repair things.',
        family: 'After a disagreement, I reach out to this family member to repair things.',
        friend: 'After a disagreement, I reach out to my friend to repair things.',
        colleague: 'After a disagreement, I reach out to this colleague to repair things.',
      },
    },
    {
      id: 'repair-receive-1',
      dimension: 'repair-receive',
      scale: 'frequency',
      text: {
        partner: 'After a disagreement, my partner reaches out to me to repair things.',
        family: 'After a disagreement, this family member reaches out to me to repair things.',
        friend: 'After a disagreement, my friend reaches out to me to repair things.',
        colleague: 'After a disagreement, this colleague reaches out to me to repair things.',
      },
    },
    {
      id: 'repair-give-2',
      dimension: 'repair-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'After a disagreement, I wait for my partner to make the first move.',
        family: 'After a disagreement, I wait for this family member to make the first move.',
        friend: 'After a disagreement, I wait for my friend to make the first move.',
        colleague: 'After a disagreement, I wait for this colleague to make the first move.',
      },
    },
    {
      id: 'repair-receive-2',
      dimension: 'repair-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'After a disagreement, my partner waits for me to make the first move.',
        family: 'After a disagreement, this family member waits for me to make the first move.',
        friend: 'After a disagreement, my friend waits for me to make the first move.',
        colleague: 'After a disagreement, this colleague waits for me to make the first move.',
      },
    },
    // Support in hard times
    {
      id: 'healing-give-1',
      dimension: 'healing-give',
      scale: 'frequency',
      text: {
        partner: 'When my partner is stressed or grieving, I offer comfort and patience.',
        family: 'When this family member is stressed or grieving, I offer comfort and patience.',
        friend: 'When my friend is stressed or grieving, I offer comfort and patience.',
        colleague: 'When this colleague is stressed or worn out, I offer patience and a hand.',
      },
    },
    {
      id: 'healing-receive-1',
      dimension: 'healing-receive',
      scale: 'frequency',
      text: {
        partner: 'When I am stressed or grieving, my partner offers comfort and patience.',
        family: 'When I am stressed or grieving, this family member offers comfort and patience.',
        friend: 'When I am stressed or grieving, my friend offers comfort and patience.',
        colleague: 'When I am stressed or worn out, this colleague offers patience and a hand.',
      },
    },
    {
      id: 'healing-give-2',
      dimension: 'healing-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When my partner is going through a difficult time, I struggle to be there for them.',
        family: 'When this family member is going through a difficult time, I struggle to be there for them.',
        friend: 'When my friend is going through a difficult time, I struggle to be there for them.',
        colleague: 'When this colleague is going through a difficult time, I struggle to make time for them.',
      },
    },
    {
      id: 'healing-receive-2',
      dimension: 'healing-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When I am going through a difficult time, my partner struggles to be there for me.',
        family: 'When I am going through a difficult time, this family member struggles to be there for me.',
        friend: 'When I am going through a difficult time, my friend struggles to be there for me.',
        colleague: 'When I am going through a difficult time, this colleague struggles to make time for me.',
      },
    },
    // Building the future
    {
      id: 'future-give-1',
      dimension: 'future-give',
      scale: 'frequency',
      text: {
        partner: 'I put effort into the plans my partner and I share for the future.',
        family: 'I put effort into the plans this family member and I share for the future.',
        friend: 'I put effort into keeping our friendship going.',
        colleague: 'I put effort into the goals this colleague and I share.',
      },
    },
    {
      id: 'future-receive-1',
      dimension: 'future-receive',
      scale: 'frequency',
      text: {
        partner: 'My partner puts effort into the plans we share for the future.',
        family: 'This family member puts effort into the plans we share for the future.',
        friend: 'My friend puts effort into keeping our friendship going.',
        colleague: 'This colleague puts effort into the goals we share.',
      },
    },
    {
      id: 'future-give-2',
      dimension: 'future-give',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When it comes to planning ahead, I leave it to my partner.',
        family: 'When it comes to planning ahead, I leave it to this family member.',
        friend: 'When it comes to making plans, I leave it to my friend.',
        colleague: 'When it comes to planning our work ahead, I leave it to this colleague.',
      },
    },
    {
      id: 'future-receive-2',
      dimension: 'future-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When it comes to planning ahead, my partner leaves it to me.',
        family: 'When it comes to planning ahead, this family member leaves it to me.',
        friend: 'When it comes to making plans, my friend leaves it to me.',
        colleague: 'When it comes to planning our work ahead, this colleague leaves it to me.',
      },
    },
    // Safety: not scored; any answer but "Never" shows support resources instead of advice.
    {
      id: 'safety',
      scale: 'safety',
      safety: { values: [2, 3, 4, 5, 6] },
      text: {
        partner: 'I feel afraid of my partner, or unsafe around them.',
        family: 'I feel afraid of this family member, or unsafe around them.',
        friend: 'I feel afraid of my friend, or unsafe around them.',
        colleague: 'I feel afraid of this colleague, or unsafe around them.',
      },
    },
    // Safety, like the one above: being controlled, watched or cut off.
    {
      id: 'control',
      scale: 'safety',
      safety: { values: [2, 3, 4, 5, 6] },
      text: {
        partner:
          'My partner tries to control my life, for example by making me ask permission, keeping money from me, watching or checking where I am, or keeping me from friends or family.',
        family:
          'This family member tries to control my life, for example by making me ask permission, keeping money from me, watching or checking where I am, or keeping me from friends or other family.',
        friend:
          'My friend tries to control my life, for example by making me ask permission, keeping money from me, watching or checking where I am, or keeping me from other friends or family.',
        colleague:
          'This colleague tries to control me beyond what work needs, for example by making me ask permission, watching or checking where I am, or keeping me away from other people.',
      },
    },
  ],
  scores: [
    {
      id: 'practical',
      kind: 'difference',
      label: 'Practical help',
      description:
        'The everyday jobs that keep life running, such as chores, errands, lifts and covering for each other: who notices what needs doing, and who does it.',
      of: ['practical-give', 'practical-receive'],
    },
    {
      id: 'emotional',
      kind: 'difference',
      label: 'Emotional support',
      description:
        'What happens when one of you shares a feeling. Emotional reciprocity means that understanding travels both ways: each of you listens, responds warmly and stays curious about the other.',
      of: ['emotional-give', 'emotional-receive'],
    },
    {
      id: 'communication',
      kind: 'difference',
      label: 'Conversation',
      description:
        'Whether both of you get room to speak and be heard: asking questions, listening to the answers, letting each other finish.',
      of: ['communication-give', 'communication-receive'],
    },
    {
      id: 'repair',
      kind: 'difference',
      label: 'Conflict and repair',
      description:
        'What happens after a disagreement: who reaches out first, and whether both of you help to repair things.',
      of: ['repair-give', 'repair-receive'],
    },
    {
      id: 'healing',
      kind: 'difference',
      label: 'Support in hard times',
      description: 'How you stand by each other when life is hard, through stress, illness or loss.',
      of: ['healing-give', 'healing-receive'],
    },
    {
      id: 'future',
      kind: 'difference',
      label: 'Building the future',
      description:
        'The effort each of you puts into what lies ahead: shared plans and goals, and keeping the relationship going.',
      of: ['future-give', 'future-receive'],
    },
    {
      id: 'give',
      kind: 'mean',
      label: 'What you give',
      of: ['practical-give', 'emotional-give', 'communication-give', 'repair-give', 'healing-give', 'future-give'],
    },
    {
      id: 'receive',
      kind: 'mean',
      label: 'What you receive',
      of: [
        'practical-receive',
        'emotional-receive',
        'communication-receive',
        'repair-receive',
        'healing-receive',
        'future-receive',
      ],
    },
    { id: 'lean', kind: 'difference', label: 'Overall balance', of: ['give', 'receive'] },
    { id: 'engagement', kind: 'mean', label: 'Care in both directions', of: ['give', 'receive'] },
  ],
  bandings: [
    {
      id: 'overall',
      score: 'lean',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'You receive more',
          summary:
            'Right now more care seems to come to you than goes from you. That can be fine for a season, such as during illness or a very busy stretch.',
          advice: 'If you have room, choose one small way to show care this week, and ask what would help them most.',
          questions: [
            {
              question: 'Is it normal for the balance to shift?',
              answer:
                'Yes. A new baby, a demanding job, illness or a move can tip things one way for a while. What matters is whether it swings back over the months, and whether the two of you can talk about it.',
            },
          ],
          steps: ['check-in', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Fairly balanced',
          summary: 'Giving and receiving seem fairly even between you.',
          advice:
            'Keep the small habits that work. If things feel distant as well as even, a regular check-in can bring some warmth back.',
          questions: [
            {
              question: 'Why does this balance matter so much?',
              answer:
                'When care goes both ways, each of you can relax and trust that you will be looked after too. That trust lets everyday stress pass without turning into distance.',
            },
            {
              question: 'What does a healthy balance look like?',
              answer:
                'Not an exact half each, every day. Effort is shared, both of you listen, and care keeps turning up. Some weeks one of you gives more; over the months it evens out.',
            },
          ],
          steps: ['check-in', 'observe'],
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You carry more',
          summary: {
            partner:
              'You seem to offer more than comes back to you right now. That is common, and it often grows out of habit or pressure rather than ill will.',
            family:
              'You seem to offer more than comes back to you right now. In a family, care can rightly flow one way for a season: raising a young child, looking after someone who is ill, or caring for an ageing parent. If that is your situation, the lean is expected; what matters is that you have support of your own.',
            friend:
              'You seem to offer more than comes back to you right now. That is common, and it often grows out of habit or pressure rather than ill will.',
            colleague:
              'You seem to offer more than comes back to you right now. That is common, and it often grows out of habit or pressure rather than ill will.',
          },
          advice:
            'Your needs count too. Try naming one of them calmly, and notice where you could ease back instead of doing it all.',
          questions: [
            {
              question: 'Why do I always seem to end up giving more?',
              answer:
                'Often it is an old habit more than a choice: growing up as the one who kept the peace, worrying that people will drift away if you need something, or finding it easier to give than to ask. Noticing the pattern is the start; small limits and plain requests can shift it.',
            },
            {
              question: 'How can a one-sided relationship become more even?',
              answer:
                'Begin with your side: say calmly what you need, and step back a little from doing it all, so there is room for them to step in. Then give it time and watch what they do. Lasting change needs both of you; you cannot carry it alone.',
            },
          ],
          steps: ['reflect', 'express', 'practice-balance'],
        },
      ],
    },
    {
      // Only when the overall result is even: a reader who gives while little comes back has
      // one-way care, not two people who stepped back, and is never asked to give more.
      id: 'engagement',
      score: 'engagement',
      when: { banding: 'overall', bands: ['balanced'] },
      bands: [
        {
          id: 'disengaged',
          min: 0,
          max: 40,
          label: 'Both of you may have stepped back',
          summary:
            'Little care seems to be moving either way just now, which often happens under stress or after a distant stretch.',
          advice: 'Start very small: one short check-in or one kind gesture, and see how it lands.',
          questions: [
            {
              question: 'Can too little give and take make us feel distant?',
              answer:
                'Often, yes. When care stops moving between two people, each can feel alone while still caring for the other. The gap usually opens slowly, and small steps can begin to close it.',
            },
          ],
          steps: ['check-in', 'invest'],
        },
        {
          id: 'engaged',
          min: 40,
          max: 100,
          neutral: true,
          label: 'Care is active',
          summary: 'Real effort is going into this relationship, from at least one of you.',
        },
      ],
    },
    {
      id: 'practical-lean',
      score: 'practical',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'You receive more practical help',
          summary: 'They seem to handle more of the everyday tasks.',
          advice: 'Pick up one everyday task without being asked, or ask which job would help them most.',
          steps: ['invest', 'check-in'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Practical help is balanced',
          summary: 'Everyday help seems to go both ways.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You carry more of the practical load',
          summary: {
            partner: 'You seem to handle more of the everyday tasks.',
            family:
              'You seem to handle more of the everyday tasks. With a young child or someone who needs care, that can be right for a while; the question is then who else could share the load.',
            friend: 'You seem to handle more of the everyday tasks.',
            colleague: 'You seem to handle more of the everyday tasks.',
          },
          advice:
            'Name one or two tasks you would like to share, with them or with someone else who could help, and ask plainly rather than hoping it gets noticed.',
          steps: ['express', 'practice-balance'],
        },
      ],
    },
    {
      id: 'emotional-lean',
      score: 'emotional',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'You receive more emotional support',
          summary: 'They seem to do more of the listening and comforting.',
          advice: 'When they open up, try giving your whole attention: phone down, one gentle question, a warm reply.',
          steps: ['invest', 'reflect'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Emotional support is balanced',
          summary: 'Listening and care seem to flow both ways.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You offer more emotional support',
          summary: 'You seem to do more of the listening and comforting.',
          advice: 'Tell them what helps you feel heard; a specific request is easier to meet than a general one.',
          questions: [
            {
              question: 'Why do they pull back instead of responding?',
              answer:
                'Pulling away is often a way of coping rather than a message: stress, feeling overwhelmed, dread of an argument, or a habit learned long ago. It rarely means they do not care, and it is still fair to tell them how it affects you.',
            },
          ],
          steps: ['express', 'check-in'],
        },
      ],
    },
    {
      id: 'communication-lean',
      score: 'communication',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'They make more room for you',
          summary: 'In conversation, they seem to ask and listen more than you do.',
          advice: 'Ask one more question than usual, and take a breath before you answer.',
          steps: ['practice-balance', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Conversation is shared',
          summary: 'You both seem to get room to talk and be heard.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You make more room for them',
          summary: 'In conversation, you seem to do more of the asking and listening.',
          advice: 'Wanting a turn is fair. Try "Can I tell you about my day too?" and see how they respond.',
          questions: [
            {
              question: 'Can a fairer balance help us talk better?',
              answer:
                'Usually. When both of you feel heard and looked after, there is less need to defend yourself and more room to listen, so conversations tend to grow calmer.',
            },
          ],
          steps: ['express', 'check-in'],
        },
      ],
    },
    {
      id: 'repair-lean',
      score: 'repair',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'They do more of the repair',
          summary: 'After a conflict, they seem to reach out first more often.',
          advice:
            'Next time, try being the one to reach out after a disagreement, even with a short word about your part.',
          steps: ['repair', 'reflect'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Repair is shared',
          summary: 'After a conflict, you both seem to help put things right.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You do more of the repair',
          summary: 'After a conflict, you seem to be the one who puts things right.',
          advice:
            'Say that you would like repair to be shared. Agreeing on a simple "can we start again?" can make it easier for both of you.',
          steps: ['express', 'repair'],
        },
      ],
    },
    {
      id: 'healing-lean',
      score: 'healing',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'You receive more support in hard times',
          summary: 'They seem to offer more comfort when life is hard.',
          advice:
            'Leaning on someone in a hard season is okay. When you can, thank them, and notice when they need comfort too.',
          steps: ['observe', 'invest'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Support in hard times is shared',
          summary: 'You both seem to be there when life gets hard.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You offer more support in hard times',
          summary: {
            partner: 'You seem to do more of the comforting when life is hard.',
            family:
              'You seem to do more of the comforting when life is hard. If you are caring for someone who is ill or older, that is how it should be for now; make sure someone is looking after you too.',
            friend: 'You seem to do more of the comforting when life is hard.',
            colleague: 'You seem to do more of the comforting when life is hard.',
          },
          advice:
            'Supporting someone is tiring. Tell them what would help on your own hard days, and protect some rest.',
          steps: ['reflect', 'express'],
        },
      ],
    },
    {
      id: 'future-lean',
      score: 'future',
      bands: [
        {
          id: 'receive-more',
          min: -100,
          max: -20,
          label: 'They put more into the future',
          summary: 'They seem to do more of the planning and building ahead.',
          advice: 'Take the lead on one shared plan, big or small, so the planning is not all theirs.',
          steps: ['invest', 'check-in'],
        },
        {
          id: 'balanced',
          min: -20,
          max: 20,
          neutral: true,
          label: 'Plans ahead are shared',
          summary: 'You both seem to invest in what comes next.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You put more into the future',
          summary: 'You seem to do more of the planning ahead.',
          advice: 'Invite them to shape one plan with you, and let their part look different from yours.',
          steps: ['check-in', 'practice-balance'],
        },
      ],
    },
  ],
  focus: {
    scores: ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'],
    count: 2,
    order: 'extreme',
    follow: 'overall',
  },
  chart: {
    scores: ['practical', 'emotional', 'communication', 'repair', 'healing', 'future'],
    lowLabel: 'You receive more',
    highLabel: 'You carry more',
  },
  missing: { policy: 'all' },
  steps: [reflect, express, checkIn, invest, practiceBalance, repair, observe],
  safety: {
    title: 'Your safety comes first',
    message:
      'What you shared about feeling afraid or controlled matters, and you do not have to face it alone. Fear and control are not a question of balance, and no score can measure them. Talking with a trained person, in confidence and at your own pace, can help you think about what you want and what would keep you safe. The services below are a place to start.',
  },
  resources: supportResources,
  cultureNotes: {
    us: {
      title: 'In the United States',
      body: 'Care is often expected to be put into words, and long working days can crowd out the time for it. If one of you shows care by doing and the other listens for it, each may miss what the other offers. Asking "What tells you I care?" can bring that to light.',
    },
    in: {
      title: 'In India',
      body: 'Duty to the wider family often shapes who gives what, and the load can settle on one person without anyone deciding it. Devotion shown through deeds is real care; it still helps to talk about whether the share feels fair to each of you, not only whether the work gets done.',
    },
    uk: {
      title: 'In the United Kingdom',
      body: 'Care is often quiet: turning up, keeping to routines, a practical hand. Quiet care counts, though it can leave needs unspoken for a long time. A regular, low-key moment to ask how things are can make room for them.',
    },
    au: {
      title: 'In Australia',
      body: 'Plain speaking is often welcome, while long talks about feelings can feel awkward. Time spent together and small habits, like a few words at the end of each day, can carry much of the give and take.',
    },
    ca: {
      title: 'In Canada',
      body: 'Couples and families here often bring together more than one background, each with its own idea of what support looks like. When something lands oddly, it may be a difference in habit rather than a lack of care; asking what support means to the other person helps.',
    },
    ae: {
      title: 'In the United Arab Emirates',
      body: 'Support often reaches past the couple to the wider family, which gives real strength and can also add obligations. In homes that mix traditions, one person may show care by talking things through and another by respectful restraint; naming the difference helps both feel seen.',
    },
  },
};
