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

/*
 * Both directions of the six forms of reciprocity: a `<form>-give` and a `<form>-receive`
 * dimension each, two items per dimension, one reverse-scored item per form. Each form's
 * score is give minus receive (-100 to 100): above zero, the reader carries more.
 */

export const reciprocityBalance: BuiltInPack<'reciprocity-balance'> = {
  kind: 'quiz',
  id: 'reciprocity-balance',
  version: '1.0.0',
  title: 'Reciprocity balance check',
  locale: 'en',
  intro:
    'Six everyday forms of reciprocity, looked at both ways: what you offer and what comes back to you. The result shows where things feel even and which way they lean. Uneven is not the same as unsafe; two questions near the end ask about safety.',
  estimatedMinutes: 5,
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
    { id: 'repair-give', label: 'Mending you offer after conflict' },
    { id: 'repair-receive', label: 'Mending they offer after conflict' },
    { id: 'healing-give', label: 'Support you give in hard times' },
    { id: 'healing-receive', label: 'Support they give you in hard times' },
    { id: 'future-give', label: 'Effort you put into the future' },
    { id: 'future-receive', label: 'Effort they put into the future' },
  ],
  items: [
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
      text: {
        partner: 'My partner does small practical things for me, like picking up something I need.',
        family: 'This family member does small practical things for me, like picking up something I need.',
        friend: 'My friend does small practical things for me, like picking up something I need.',
        colleague: 'This colleague does small things for me, like covering when I am away.',
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
      text: {
        partner: 'I put my phone away and give my partner my full attention when they need to talk.',
        family: 'I put my phone away and give this family member my full attention when they need to talk.',
        friend: 'I put my phone away and give my friend my full attention when they need to talk.',
        colleague: 'I give this colleague my full attention when they need to talk something through.',
      },
    },
    {
      id: 'emotional-receive-2',
      dimension: 'emotional-receive',
      scale: 'frequency',
      reverse: true,
      text: {
        partner: 'When I open up, my partner seems distracted or changes the subject.',
        family: 'When I open up, this family member seems distracted or changes the subject.',
        friend: 'When I open up, my friend seems distracted or changes the subject.',
        colleague: 'When I raise a worry, this colleague seems distracted or changes the subject.',
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
      text: {
        partner: 'My partner lets me finish what I am saying before they reply.',
        family: 'This family member lets me finish what I am saying before they reply.',
        friend: 'My friend lets me finish what I am saying before they reply.',
        colleague: 'This colleague lets me finish my point before they reply.',
      },
    },
    // Conflict and repair
    {
      id: 'repair-give-1',
      dimension: 'repair-give',
      scale: 'frequency',
      text: {
        partner: 'After a disagreement, I reach out to my partner to mend things.',
        family: 'After a disagreement, I reach out to this family member to mend things.',
        friend: 'After a disagreement, I reach out to my friend to mend things.',
        colleague: 'After a disagreement, I reach out to this colleague to clear the air.',
      },
    },
    {
      id: 'repair-receive-1',
      dimension: 'repair-receive',
      scale: 'frequency',
      text: {
        partner: 'After a disagreement, my partner reaches out to mend things.',
        family: 'After a disagreement, this family member reaches out to mend things.',
        friend: 'After a disagreement, my friend reaches out to mend things.',
        colleague: 'After a disagreement, this colleague reaches out to clear the air.',
      },
    },
    {
      id: 'repair-give-2',
      dimension: 'repair-give',
      scale: 'frequency',
      text: {
        partner: 'I can own my part when my partner and I clash.',
        family: 'I can own my part when this family member and I clash.',
        friend: 'I can own my part when my friend and I clash.',
        colleague: 'I can own my part when this colleague and I clash.',
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
        colleague: 'When this colleague is going through a difficult time, I struggle to make allowances for them.',
      },
    },
    {
      id: 'healing-receive-2',
      dimension: 'healing-receive',
      scale: 'frequency',
      text: {
        partner: 'On my difficult days, my partner stays close.',
        family: 'On my difficult days, this family member stays close.',
        friend: 'On my difficult days, my friend makes time for me.',
        colleague: 'On my difficult days, this colleague checks how I am doing.',
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
      text: {
        partner: 'When I plan ahead, I think about what my partner needs too.',
        family: 'When I plan ahead, I think about what this family member needs too.',
        friend: 'When I make plans, I think about what suits my friend too.',
        colleague: 'When I plan our work ahead, I think about what this colleague needs too.',
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
    { id: 'practical', kind: 'difference', label: 'Practical help', of: ['practical-give', 'practical-receive'] },
    { id: 'emotional', kind: 'difference', label: 'Emotional support', of: ['emotional-give', 'emotional-receive'] },
    {
      id: 'communication',
      kind: 'difference',
      label: 'Conversation',
      of: ['communication-give', 'communication-receive'],
    },
    { id: 'repair', kind: 'difference', label: 'Conflict and repair', of: ['repair-give', 'repair-receive'] },
    { id: 'healing', kind: 'difference', label: 'Support in hard times', of: ['healing-give', 'healing-receive'] },
    { id: 'future', kind: 'difference', label: 'Building the future', of: ['future-give', 'future-receive'] },
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
          steps: ['check-in', 'observe'],
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You carry more',
          summary:
            'You seem to offer more than comes back to you right now. This is common, and it often grows out of habit or stress rather than ill will.',
          advice:
            'Your needs count too. Try naming one of them calmly, and notice where you could ease back instead of doing it all.',
          steps: ['reflect', 'express', 'practice-balance'],
        },
      ],
    },
    {
      id: 'engagement',
      score: 'engagement',
      bands: [
        {
          id: 'disengaged',
          min: 0,
          max: 40,
          label: 'Both of you may have stepped back',
          summary:
            'Little care seems to be moving either way just now, which often happens under stress or after a distant stretch.',
          advice: 'Start very small: one short check-in or one kind gesture, and see how it lands.',
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
          summary: 'You seem to handle more of the everyday tasks.',
          advice: 'Name one or two tasks you would like to share, and ask plainly rather than hoping it gets noticed.',
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
          label: 'They do more of the mending',
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
          label: 'Mending is shared',
          summary: 'After a conflict, you both seem to help put things right.',
        },
        {
          id: 'carry-more',
          min: 20,
          max: 100,
          label: 'You do more of the mending',
          summary: 'After a conflict, you seem to be the one who puts things right.',
          advice:
            'Say that you would like mending to be shared. Agreeing on a simple "can we start again?" can make it easier for both of you.',
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
          summary: 'You seem to do more of the comforting when life is hard.',
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
      'Thank you for answering the questions about feeling afraid or being controlled. Your safety matters more than any score, and this tool cannot assess it, so the balance advice is set aside here. Feeling afraid, or having your life controlled, is different from a relationship being uneven, and you deserve support with it: talking with a trained person, in confidence and at your own pace, can help. The services below are a place to start.',
  },
  resources: supportResources,
  cultureNotes: {
    us: {
      title: 'In the United States',
      body: 'Many people value direct talk and like to hear care put into words. Long hours and stress can make care hard to show steadily, even when it is there.',
    },
    in: {
      title: 'In India',
      body: "Care is often shown in actions, such as taking on family duties, staying loyal and being there when times are hard, sometimes more than in words. Talking openly about who does what can help everyone's share feel fair.",
    },
    uk: {
      title: 'In the United Kingdom',
      body: 'Privacy and steadiness are often valued, so care may be quiet: turning up reliably, keeping routines and offering practical help rather than saying it aloud.',
    },
    au: {
      title: 'In Australia',
      body: 'Many people appreciate honest, direct talk, and care often shows through time together, shared activities and small rituals such as a brief evening catch-up, more than through long talks about feelings.',
    },
    ca: {
      title: 'In Canada',
      body: 'Relationships often blend more than one background, with different hopes about time, talk, family and care. Curiosity about what support means to each other can prevent accidental imbalances.',
    },
    ae: {
      title: 'In the United Arab Emirates',
      body: 'Support is often shared across the wider family and community, a real strength that can also bring extra expectations. Where traditions blend, one person may value open talk and another show respect through quiet.',
    },
  },
};
