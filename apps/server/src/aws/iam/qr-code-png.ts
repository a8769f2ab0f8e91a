// AWS's CreateVirtualMFADevice returns the device's QR code as a PNG (QRCodePNG). The QR matrix
// comes from uqr (the console's encoder too); the PNG around it is a few lines of the format:
// one 8-bit grayscale image, its rows deflated, each chunk with its CRC-32.
import { deflateSync } from 'node:zlib';
import { encode } from 'uqr';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Pixels per QR module: an otpauth URI's code, border included, comes out about 200 pixels wide. */
export const QR_SCALE = 4;
/** The quiet zone the QR standard asks for, in modules. */
export const QR_BORDER = 4;

/** `text` as a QR code (error correction M) in a black-on-white grayscale PNG. */
export function qrCodePng(text: string): Buffer {
  const modules = encode(text, { ecc: 'M', border: QR_BORDER }).data;
  const width = modules.length * QR_SCALE;
  // Each row: filter type 0 (none), then one byte a pixel.
  const raw = Buffer.alloc((width + 1) * width);
  for (let y = 0; y < width; y++) {
    const row = modules[Math.floor(y / QR_SCALE)]!;
    for (let x = 0; x < width; x++) {
      raw[y * (width + 1) + 1 + x] = row[Math.floor(x / QR_SCALE)] ? 0 : 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale; compression, filter and interlace stay 0
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
