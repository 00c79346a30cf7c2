/**
 * English strings of the "Sources and assumptions" page (src/ui/classroom/sourcesView.ts): the
 * short version of docs/sources.md. Part of the same catalog as en.ts (a translation supplies
 * them in its one file).
 */
export const UI_EN_SOURCES = {
  'sources.title': 'Sources and assumptions',
  'sources.intro': 'GUARANTOR is a teaching model, not an order of battle. It keeps real units, real places and real orders of magnitude, and rounds or simplifies the rest. This page says what its figures rest on and what it leaves out on purpose.',
  'sources.print': 'Print or save as PDF',
  'sources.force.title': 'The force: 40,000 with a core of 5,000',
  'sources.force.text': 'Before 2022 the NATO Response Force counted about 40,000 troops, with a Very High Readiness Joint Task Force of about 5,000 at its core; some of its units were to move within two days and most within seven, cut to five in December 2021 (SHAPE). The Allied Reaction Force replaced it on 1 July 2024. The game’s force, core and notice-to-move of 2 to 5 days for high-readiness units follow these figures.',
  'sources.coalition.title': 'The guarantee being discussed',
  'sources.coalition.text': 'A coalition of the willing for Ukraine was launched in London on 2 March 2025; in Paris on 4 September 2025, 26 countries pledged a presence on land, at sea or in the air. Press reports gave planning figures from about 10,000 to a UK figure of 64,000 and doubted Europe could muster 25,000. Russia said Western units in Ukraine would be legitimate targets. The game borrows the NRF’s size rather than any of these figures.',
  'sources.units.title': 'Units and their garrisons',
  'sources.units.text': 'Every formation is a real unit and starts at its real home garrison: the Polish 6th Airborne Brigade in Kraków, Germany’s Airborne Brigade 1 in Saarlouis, 16 Air Assault Brigade in Colchester, the French 11th Parachute Brigade in Toulouse, and so on. Strengths are modelling figures, the same in every level: brigades of 3,000 to 5,500 and high-readiness battlegroups of 800 to 2,500. One unit changes with the level’s year: Germany’s Panzer Brigade 45 in Lithuania, commissioned on 1 April 2025 with about 500 troops by the end of that year and planned at 4,800 by 2027 (Bundeswehr).',
  'sources.places.title': 'Places, railways and lift',
  'sources.places.text': 'Places sit at their real coordinates. Poland runs standard-gauge railways, Ukraine and the Baltic states broad gauge, so equipment changes wagons at Przemyśl, at Dorohusk or, in the North, at Kaunas, which the standard-gauge line from Poland has reached since 2015. Rzeszów-Jasionka, about 70 km from the border, became the main hub for aid to Ukraine after 2022. A C-17 carries about 75 tonnes: 102 paratroopers or one main battle tank, which is why heavy units wait for their equipment unless it was pre-positioned. British air moves start at RAF Brize Norton; Tilbury stands for the United Kingdom’s port and road exit.',
  'sources.baltic.title': 'Forward presence and RAND’s Baltic wargames',
  'sources.baltic.text': 'Since 2017 NATO has kept battlegroups at Tapa, Ādaži, Rukla and Orzysz (about 1,270 troops at Orzysz in 2017). RAND’s wargames of 2014–15 (Shlapak and Johnson, 2016) had Russian forces reaching Tallinn or Riga within 36 to 60 hours, and judged that about seven brigades, three of them heavy, would have been needed to prevent it.',
  'sources.events.title': 'Moscow’s cards',
  'sources.events.text': 'The escalation deck draws on pressure seen in the region: drones over Poland (at least 19 in September 2025), GPS jamming, anchors dragged across Baltic cables (the Eagle S, December 2024), rail sabotage, gas through TurkStream, nuclear signalling in Belarus since 2023. Their effects are reduced to lost will and unity, cut links, lost airlift, delays and strikes near hubs, and their strength and timing are design values tuned with the bots.',
  'sources.budapest.title': 'Background: the Budapest Memorandum (1994)',
  'sources.budapest.text': 'When Ukraine gave up the nuclear weapons left on its soil by the Soviet Union, the United States, the United Kingdom and Russia promised to respect its independence and borders and not to threaten or use force against it. These were assurances, not guarantees: nobody was bound to act. Russia broke them in 2014 and in 2022, which is why a guarantee now has to rest on forces, readiness and plans.',
  'sources.map.title': 'The map',
  'sources.map.text': 'Natural Earth data with internationally recognised borders: Crimea is part of Ukraine and, with the other areas Russia occupies, marked as occupied along an approximate line of contact of 2025. Transnistria, a Russian-backed breakaway region, is marked as part of Moldova.',
  'sources.leftOut.title': 'What the model leaves out, and why',
  'sources.leftOut.text': 'The game asks one question: can a coalition stand up a believable force faster than Moscow can split and frighten it? It leaves out what would not change that answer within a few weeks, or would bury it under bookkeeping:',
  'sources.out.rotation': 'Rotation: a force kept ready for years needs two to three times its size; the game ends when the force first stands.',
  'sources.out.sustainment': 'Sustainment: fuel, ammunition, spare parts and medical support are assumed to follow; only heavy equipment’s journey is modelled.',
  'sources.out.cost': 'Cost: beyond a small budget for pre-positioning, who pays for a standing force is left to real politics.',
  'sources.out.caveats': 'National caveats and rules of engagement: folded into each government’s political will.',
  'sources.out.consent': 'Host-nation consent: Ukraine’s consent and the transit rights of its neighbours are assumed.',
  'sources.out.ukraine': 'Ukraine’s own forces, by far the largest in the theatre: kept only as resilience, because the player plans the guarantors’ force, not Ukraine’s defence.',
  'sources.out.others': 'The Europeans’ air and naval forces, weather, the seasons and civilian traffic on railways and in ports.',
  'sources.out.russia': 'Russia’s full military picture: Moscow’s resolve is one number for each event, not a simulation of its forces.',
  'sources.more': 'The full list, with each unit’s garrison, the source of each figure and how sure it is, is in docs/sources.md with the game’s source code.',
} as const;
