/**
 * How each campaign level is cut down to a 50-minute lesson (tools/build-classroom-levels.ts
 * applies it). The numbers are measured, not guessed: after a change, run
 * `npm run balance -- --levels <id>-50min` and keep par where the expert bot's median meets it.
 */
export interface ClassroomCut {
  /** the campaign level it shortens */
  of: string;
  deadline: number;
  par: number;
  /** the full level's days are squeezed onto this many (default: the deadline); cards that then
   *  open after the deadline are left out of the deck */
  clock?: number;
  /** formations that start mobilised at home: the slowest, whose warning order went out before day 1 */
  ready: string[];
  /** staff actions a day for each classroom role (the ministers' share is split among minister teams) */
  staff: { lead: number; ministers: number; us: number };
  title: string;
  summary: string;
  briefing: string;
}

/** Two to three minutes of play a day for teams at one screen: about 30 minutes of a 50-minute lesson. */
const STAFF = { lead: 2, ministers: 3, us: 1 };

export const CLASSROOM_CUTS: ClassroomCut[] = [
  {
    of: 'tutorial', deadline: 18, par: 14, staff: STAFF,
    ready: ['pl-10-cav', 'pl-1-armd', 'de-37-pzgren', 'de-41-pzgren', 'gb-7-lmech', 'gb-4-light'],
    title: 'Tutorial: First Brigades (50-minute class)',
    summary: 'The tutorial for a lesson: the heavy brigades are already mobilised, so the class learns movement, airlift and the joint exercise on the road to Lviv in about fifteen days.',
    briefing: 'Kyiv has accepted a guarantee that must work in practice like Article 5, and the warning order reached Warsaw, Berlin and London a week ago: most of the heavy brigades of Poland, Germany and the United Kingdom are already mobilised in their garrisons. Your planning cell has seven staff actions a day, shared out between the coalition lead, the ministers and the US liaison.\n\nActivate the airborne and the remaining brigades, bring everyone to the staging hubs at Rzeszów, Przemyśl and Lviv, and certify a high-readiness core of 5,000 with a joint exercise of at least two nations. Stand up 40,000 by day 18. Moscow will test you with protests, a veto threat, a cyber attack on the railway and a snap exercise: keep the East axis credible and the coalition together.',
  },
  {
    // Moscow's cards spread over a 24-day clock: on 20 days they came so close together that
    // even the expert lost one seed in five to war.
    of: 'north', deadline: 18, par: 13, clock: 24, staff: STAFF,
    ready: ['fi-karelia', 'se-mech', 'no-north', 'dk-1-bde', 'de-45-pz'],
    title: 'North: The Suwałki Gap (50-minute class)',
    summary: 'The Baltic flank for a lesson: the Nordic, Danish and German brigades are mobilised before day 1. Ship them across the Baltic, hold the Suwałki corridor and certify the core in eighteen days.',
    briefing: 'By land, Estonia, Latvia and Lithuania can be reached from the rest of the Alliance only across a short stretch of Polish–Lithuanian border between Kaliningrad and Belarus. Moscow knows it, and its pressure comes quickly: jamming, airspace violations, cut cables, snap exercises and a build-up in Belarus.\n\nThe warning came early. The Finnish, Swedish, Norwegian and Danish brigades and Germany\'s 45th Panzer Brigade are mobilised at home on day 1; they still have to cross the sea to Tallinn, Riga or Klaipėda, and only Šiauliai takes transport aircraft. The Baltic and Polish units are next door but small and must still be called up.\n\nStand up 40,000 troops at the staging hubs, with a high-readiness core of 5,000 certified by a joint exercise of two or more nations and both axes above their bars, by day 18. Kaliningrad is held from Suwałki, Orzysz and Šiauliai; Belarus and Pskov from Rukla, Ādaži and Tapa.',
  },
  {
    of: 'air-bridge', deadline: 19, par: 16, staff: STAFF,
    ready: ['gb-7-lmech', 'fr-27-mtn', 'fr-7-armd', 'de-45-pz', 'de-37-pzgren'],
    title: 'Air Bridge (50-minute class)',
    summary: 'The gauge break for a lesson: the heavy brigades are mobilised but still in the west. Fly the troops over the border onto pre-positioned equipment before day 19.',
    briefing: 'Every heavy brigade bound for Ukraine has to pass a handful of border crossings, and there the railways change gauge: at Przemyśl and Dorohusk equipment moves from standard-gauge to broad-gauge wagons, and the broad-gauge line from Sławków to Hrubieszów carries only a trickle.\n\nThe armoured and mountain brigades of France, Germany and the United Kingdom were mobilised before day 1, but they stand in their garrisons far to the west. By rail they would reach the border late and queue at the gauge break. You have a strong air bridge instead — 150 US sorties a day — and the budget to pre-position equipment at the hubs, so that troops flown in find their vehicles waiting.\n\nStand up 40,000 troops at the staging hubs, with a certified high-readiness core of 5,000 and the East axis above its bar, by day 19.',
  },
  {
    of: 'south', deadline: 18, par: 14, staff: STAFF,
    ready: ['fr-6-light', 'fr-27-mtn', 'fr-7-armd', 'fr-2-armd', 'gb-7-lmech', 'de-37-pzgren'],
    title: 'South: The Black Sea Flank (50-minute class)',
    summary: 'The Black Sea flank for a lesson: France\'s brigades are mobilised before day 1. Ship them to Constanța and Odesa, guard the hubs against strikes and keep the ladder low for eighteen days.',
    briefing: 'France leads on this flank as framework nation and brings the largest share of the force. Its light, mountain and armoured brigades, with a British and a German brigade, were mobilised before day 1; they still need days by sea from Toulon through the Turkish Straits, or by road across Europe, to reach the coast.\n\nThe staging hubs are Mihail Kogălniceanu and Constanța for the Black Sea axis, Iași and Chișinău facing Transnistria, and Odesa, which counts for both. Moscow will strike near the hubs, lay mines and stir up Transnistria: two missile-defence batteries and a few well-timed exercises decide how much of that lands.\n\nStand up 40,000 troops at the staging hubs, with a certified high-readiness core of 5,000 and both axes above their bars, by day 18.',
  },
  {
    of: 'across-administrations', deadline: 20, par: 17, staff: STAFF,
    ready: ['pl-1-armd', 'pl-15-mech', 'de-45-pz', 'de-37-pzgren', 'de-41-pzgren', 'fr-27-mtn', 'fr-7-armd', 'gb-7-lmech', 'gb-4-light'],
    title: 'Across Administrations (50-minute class)',
    summary: 'US support is cut on a day the seed picks, in the first fortnight. The European brigades are mobilised before day 1: build a credibility that still stands when the enablers go.',
    briefing: 'At first the United States offers everything: ISR, 80 airlift sorties a day, missile-defence batteries, trainers, munitions for Ukraine and one air and naval surge. It does not last. A stopgap budget may freeze part of it in the first days as a warning; then a review of US commitments cuts support by 70 percent, on a day the seed picks between day 5 and day 10, and transports may be recalled to the Pacific as well.\n\nThe heavy brigades of Poland, Germany, France and the United Kingdom were mobilised before day 1, so the class spends its time on what keeps a guarantee believable once Washington steps back: exercises, contingency plans, public commitments and the unity of the coalition.\n\nStand up 40,000 troops at the staging hubs, with a certified high-readiness core of 5,000 and both axes above their bars, by day 20.',
  },
  {
    of: 'forty-thousand', deadline: 26, par: 15, clock: 36, staff: STAFF,
    ready: ['pl-10-cav', 'pl-1-armd', 'pl-15-mech', 'fi-karelia', 'se-mech', 'no-north', 'dk-1-bde', 'fr-27-mtn', 'fr-7-armd', 'fr-9-marine', 'de-45-pz', 'de-37-pzgren', 'de-41-pzgren', 'gb-7-lmech', 'gb-4-light'],
    title: 'Forty Thousand (50-minute class)',
    summary: 'The whole campaign for a lesson: eleven guarantors, three axes and every US enabler, with the slowest brigades mobilised before day 1 and Moscow\'s pressure packed into twenty-six days.',
    briefing: 'The guarantee is signed; now it must be believed. Eleven European states have pledged forces, from Poland and the Baltic states at the border to France, Germany and the United Kingdom far to the west, with the United States offering intelligence, airlift, missile defence, training, munitions and cyber defence, but no troops in Ukraine.\n\nFor this lesson the clock starts late: the slowest brigades of nine nations were mobilised before day 1, and Moscow\'s protests, disinformation, sabotage, strikes and nuclear threats come close together. What is left to decide is where everyone goes, how they get there, and what keeps the three axes credible while they travel.\n\nStand up 40,000 troops at the staging hubs, with a high-readiness core of 5,000 certified by a joint exercise, and North, East and South above their bars, by day 26.',
  },
];
