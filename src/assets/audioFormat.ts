/** The encodings the sounds ship in (assets/audio): Opus in WebM, and MP3 where Opus does not play.
 *  A leaf of its own so the asset modules need nothing from the audio layer above them. */
export type AudioFormat = 'webm' | 'mp3';
