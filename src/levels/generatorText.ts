/**
 * The text of generated levels: titles, summaries and briefings are filled from these templates
 * (placeholders in braces). Like the text of a level file, it is level content; a translation
 * supplies another object of the same shape.
 */
export const GENERATOR_TEXT = {
  title: 'Generated: {axes} ({seed})',
  summary: '{nations} stand up the force for the {axes} {axisWord}. {deadline} days; par day {par}.',
  axisOne: 'axis',
  axisMany: 'axes',
  and: ' and ',
  listJoin: ', ',
  briefing:
    'A scenario drawn from the seed “{seed}”: the same seed makes the same level on any machine. ' +
    '{nations} have pledged forces to the guarantee; the other guarantors stay out of this one. ' +
    'Stand up 40,000 troops ready at the staging hubs, with a high-readiness core of 5,000 certified by a joint exercise of two or more nations, ' +
    'and make the {axes} {axisWord} credible: {axisLines} ' +
    'Moscow’s deck holds {cards} cards, the heaviest “{heaviest}”; the clock stops on day {deadline}.',
  axisLine: '{name}: {description}',
  /** how a nation is named inside a sentence, where that differs from its plain name */
  nationInText: { GB: 'the United Kingdom' } as Readonly<Record<string, string>>,
} as const;
