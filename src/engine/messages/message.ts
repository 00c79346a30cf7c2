/**
 * A sentence as data: a template key and its parameters. Parameters name things by id (a formation,
 * a node, a nation...) so each language can render the names in its own words; `more` holds
 * sentences that follow it (a clause such as "moved from the North axis").
 */
export interface Message {
  key: string;
  params: Record<string, string | number>;
  more?: Message[];
}

export const msg = (key: string, params: Record<string, string | number> = {}, more?: Message[]): Message =>
  more ? { key, params, more } : { key, params };
