import type { Level } from './schema';

/**
 * Checks a level's cross-references once its shape is known to be right: unique ids, links
 * between existing nodes, rail capacity, homes and targets that exist, windows inside the deadline.
 * Returns messages of the form "field.path: what is wrong".
 */
export function checkLevelReferences(level: Level): string[] {
  const errors: string[] = [];
  const nodeIds = new Set<string>();
  level.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id)) errors.push(`nodes[${i}].id: "${n.id}" is used twice`);
    nodeIds.add(n.id);
  });
  const axisIds = new Set(level.axes.map((a) => a.id));
  level.axes.forEach((a, i) => {
    if (level.axes.findIndex((b) => b.id === a.id) !== i) errors.push(`axes[${i}].id: "${a.id}" is used twice`);
  });
  level.nodes.forEach((n, i) => n.axes.forEach((a, j) => {
    if (!axisIds.has(a)) errors.push(`nodes[${i}].axes[${j}]: the level has no "${a}" axis`);
  }));
  const linkIds = new Set<string>();
  level.links.forEach((l, i) => {
    if (linkIds.has(l.id)) errors.push(`links[${i}].id: "${l.id}" is used twice`);
    linkIds.add(l.id);
    if (!nodeIds.has(l.from)) errors.push(`links[${i}].from: unknown node "${l.from}"`);
    if (!nodeIds.has(l.to)) errors.push(`links[${i}].to: unknown node "${l.to}"`);
    if (l.from === l.to) errors.push(`links[${i}]: a link must join two different nodes`);
    if (l.kind === 'rail' && l.capacity === undefined) errors.push(`links[${i}].capacity: a rail link needs its daily capacity`);
    if (l.kind !== 'rail' && l.capacity !== undefined) errors.push(`links[${i}].capacity: only rail links have a capacity`);
    if (l.kind !== 'rail' && l.gaugeBreak) errors.push(`links[${i}].gaugeBreak: only rail links cross the gauge break`);
    const ends = [l.from, l.to].map((id) => level.nodes.find((n) => n.id === id));
    if (l.kind === 'air' && ends.some((n) => n && !n.kinds.includes('airfield'))) errors.push(`links[${i}]: an air link must join two airfields`);
    if (l.kind === 'sea' && ends.some((n) => n && !n.kinds.includes('port'))) errors.push(`links[${i}]: a sea link must join two ports`);
  });
  const nationIds = new Set<string>();
  const formationIds = new Set<string>();
  level.nations.forEach((n, i) => {
    if (nationIds.has(n.id)) errors.push(`nations[${i}].id: "${n.id}" appears twice`);
    nationIds.add(n.id);
    if (!nodeIds.has(n.home)) errors.push(`nations[${i}].home: unknown node "${n.home}"`);
    n.roster.forEach((f, j) => {
      if (formationIds.has(f.id)) errors.push(`nations[${i}].roster[${j}].id: "${f.id}" is used twice`);
      if (f.home !== undefined && !nodeIds.has(f.home)) errors.push(`nations[${i}].roster[${j}].home: unknown node "${f.home}"`);
      formationIds.add(f.id);
    });
  });
  const deckIds = new Set<string>();
  level.deck.forEach((c, i) => {
    const at = `deck[${i}]`;
    if (deckIds.has(c.id)) errors.push(`${at}.id: "${c.id}" is used twice`);
    deckIds.add(c.id);
    if (!axisIds.has(c.axis)) errors.push(`${at}.axis: the level has no "${c.axis}" axis`);
    if (c.target !== undefined && !nationIds.has(c.target)) errors.push(`${at}.target: ${c.target} is not a guarantor in this level`);
    if (c.window[0] > c.window[1]) errors.push(`${at}.window: the first day (${c.window[0]}) is after the last (${c.window[1]})`);
    if (c.window[1] > level.deadline) errors.push(`${at}.window: day ${c.window[1]} is after the deadline (day ${level.deadline})`);
    const fx = c.effect;
    for (const who of [fx.will?.nation, fx.delay?.nation]) {
      if (who === 'target' && c.target === undefined) errors.push(`${at}.effect: it hits the "target" nation but the card has no target`);
      else if (who !== undefined && who !== 'target' && who !== 'all' && !nationIds.has(who)) errors.push(`${at}.effect: ${who} is not a guarantor in this level`);
    }
    fx.cut?.links.forEach((id, j) => {
      if (!linkIds.has(id)) errors.push(`${at}.effect.cut.links[${j}]: unknown link "${id}"`);
    });
    if (fx.cut && fx.cut.links.length === 0 && !fx.cut.kind) errors.push(`${at}.effect.cut: name links or a kind of link to cut`);
    if (fx.strike && !nodeIds.has(fx.strike.hub)) errors.push(`${at}.effect.strike.hub: unknown node "${fx.strike.hub}"`);
  });
  level.learningNotes.forEach((n, i) => {
    if (level.learningNotes.findIndex((m) => m.id === n.id) !== i) errors.push(`learningNotes[${i}].id: "${n.id}" is used twice`);
  });
  if (level.par > level.deadline) errors.push(`par: day ${level.par} is after the deadline (day ${level.deadline})`);
  if (!level.nodes.some((n) => n.axes.length > 0)) errors.push('nodes: no node is a staging hub (give some nodes axes)');
  const rosterTotal = level.nations.reduce((sum, n) => sum + n.roster.reduce((a, f) => a + f.strength, 0), 0);
  if (rosterTotal < level.win.troops) errors.push(`nations: the rosters hold ${rosterTotal} troops, fewer than the ${level.win.troops} the win needs`);
  const v = level.view;
  if (v.west >= v.east) errors.push('view: west must be less than east');
  if (v.south >= v.north) errors.push('view: south must be less than north');
  return errors;
}
