// Node entry for redacted copies (CLI `sohoa redact`, tests): read a scan,
// extract its fields, black out the personal data OCR located, write a PNG.
import { readFile } from 'node:fs/promises';
import { createCanvas } from '@napi-rs/canvas';
import { extractFields } from '../core/extract/index.ts';
import type { Extraction } from '../core/extract/types.ts';
import type { PiiPolicy } from '../core/pii/policy.ts';
import { readImage } from './ocr-image.ts';
import { decodeImageNode, sharedOcr } from './ocr-node.ts';
import type { RasterImage } from './ocr-raster.ts';
import { sharedQrDecoder } from './qr-node.ts';
import { personalValues, redactScan, type RedactedScan } from './redact-scan.ts';

export function encodePng(image: RasterImage): Buffer {
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  const data = ctx.createImageData(image.width, image.height);
  data.data.set(image.data);
  ctx.putImageData(data, 0, 0);
  return canvas.toBuffer('image/png');
}

export async function redactImageFile(path: string, policy?: PiiPolicy): Promise<RedactedScan & { png: Buffer; extraction: Extraction }> {
  const r = await readImage(new Uint8Array(await readFile(path)), { ocr: sharedOcr(), qr: sharedQrDecoder(), decodeImage: decodeImageNode });
  const extraction = extractFields(r.source, { checked: r.checked });
  const redacted = redactScan(r.image, r.words, personalValues(extraction), policy);
  return { ...redacted, png: encodePng(redacted.image), extraction };
}
