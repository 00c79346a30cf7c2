// Minimal RIFF/WAVE reader for the tests: walks the chunks instead of
// trusting a fixed 44-byte header, so a malformed file is caught, not skipped.

export interface ParsedWav {
  format: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bitsPerSample: number;
  riffSize: number;
  dataOffset: number;
  dataSize: number;
  samples: Int16Array;
}

export function parseWav(bytes: Uint8Array): ParsedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (off: number): string => String.fromCharCode(...bytes.subarray(off, off + 4));
  if (bytes.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  const riffSize = view.getUint32(4, true);
  let off = 12;
  let fmt: Omit<ParsedWav, 'riffSize' | 'dataOffset' | 'dataSize' | 'samples'> | null = null;
  let dataOffset = -1;
  let dataSize = -1;
  while (off + 8 <= bytes.byteLength) {
    const id = tag(off);
    const size = view.getUint32(off + 4, true);
    const body = off + 8;
    if (body + size > bytes.byteLength) throw new Error(`chunk ${id} runs past the end of the file`);
    if (id === 'fmt ') {
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        byteRate: view.getUint32(body + 8, true),
        blockAlign: view.getUint16(body + 12, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      dataOffset = body;
      dataSize = size;
    }
    off = body + size + (size % 2); // chunks are word aligned
  }
  if (!fmt) throw new Error('no fmt chunk');
  if (dataOffset < 0) throw new Error('no data chunk');
  const samples = new Int16Array(dataSize / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(dataOffset + i * 2, true);
  return { ...fmt, riffSize, dataOffset, dataSize, samples };
}
