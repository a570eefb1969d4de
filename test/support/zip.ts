import { inflateRawSync } from 'node:zlib';

/** The files in a zip archive, by name, as UTF-8 text: enough to check what an artifact holds. */
export async function zipEntries(zip: Buffer): Promise<Record<string, string>> {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let entry = zip.readUInt32LE(endOfDirectory + 16);
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(entry) !== 0x02014b50) throw new Error(`bad central directory entry at ${entry}`);
    const method = zip.readUInt16LE(entry + 10);
    const compressedSize = zip.readUInt32LE(entry + 20);
    const nameLength = zip.readUInt16LE(entry + 28);
    const extraLength = zip.readUInt16LE(entry + 30);
    const commentLength = zip.readUInt16LE(entry + 32);
    const localHeader = zip.readUInt32LE(entry + 42);
    const name = zip.toString('utf8', entry + 46, entry + 46 + nameLength);
    // Streamed archives put sizes in a trailing descriptor: take them from the central directory.
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported compression method ${method}`);
    if (!name.endsWith('/')) files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}
