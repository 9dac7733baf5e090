// Pixel-level helpers shared by the OCR, QR and PDF readers. Pure TypeScript on
// plain arrays so the same code runs in Node and in the extension's offscreen
// document; decoding an image file to pixels is the job of an injected adapter.

/** RGBA pixels, row-major; the shape of the DOM's ImageData (which satisfies it). */
export interface RasterImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** One byte of luminance per pixel. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Turns encoded image bytes (PNG, JPEG) into pixels: @napi-rs/canvas in Node, createImageBitmap in the browser. */
export type ImageDecoder = (bytes: Uint8Array) => Promise<RasterImage>;

export function isRasterImage(x: unknown): x is RasterImage {
  return typeof x === 'object' && x !== null && 'width' in x && 'height' in x && 'data' in x;
}

/** ITU-R BT.601 luma. */
export function toGray(img: RasterImage): GrayImage {
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  const d = img.data;
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    out[i] = (d[p]! * 306 + d[p + 1]! * 601 + d[p + 2]! * 117 + 512) >> 10;
  }
  return { width: img.width, height: img.height, data: out };
}

/**
 * Stretches the histogram so the 1st percentile becomes black and the 99th white:
 * greyish paper and faded toner from phone photos and cheap scanners otherwise
 * lower Tesseract's binarization quality.
 */
export function stretchContrast(img: GrayImage): GrayImage {
  const hist = new Uint32Array(256);
  for (const v of img.data) hist[v]!++;
  const n = img.data.length;
  const lowCount = n * 0.01;
  const highCount = n * 0.99;
  let acc = 0;
  let lo = 0;
  let hi = 255;
  for (let v = 0; v < 256; v++) {
    acc += hist[v]!;
    if (acc <= lowCount) lo = v;
    if (acc < highCount) hi = v + 1;
  }
  if (hi - lo < 32 || (lo <= 8 && hi >= 247)) return img; // already full range, or nearly blank
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.max(0, Math.min(255, Math.round(((v - lo) * 255) / (hi - lo))));
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = lut[img.data[i]!]!;
  return { width: img.width, height: img.height, data: out };
}

/** Bilinear resize by a factor (> 1 enlarges). */
export function scaleGray(img: GrayImage, factor: number): GrayImage {
  const w = Math.max(1, Math.round(img.width * factor));
  const h = Math.max(1, Math.round(img.height * factor));
  const out = new Uint8Array(w * h);
  const sx = img.width / w;
  const sy = img.height / h;
  const src = img.data;
  const sw = img.width;
  for (let y = 0; y < h; y++) {
    const fy = Math.max(0, (y + 0.5) * sy - 0.5);
    const y0 = Math.min(img.height - 1, Math.floor(fy));
    const y1 = Math.min(img.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = Math.max(0, (x + 0.5) * sx - 0.5);
      const x0 = Math.min(sw - 1, Math.floor(fx));
      const x1 = Math.min(sw - 1, x0 + 1);
      const wx = fx - x0;
      const top = src[y0 * sw + x0]! * (1 - wx) + src[y0 * sw + x1]! * wx;
      const bottom = src[y1 * sw + x0]! * (1 - wx) + src[y1 * sw + x1]! * wx;
      out[y * w + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Binary PGM (P5): Leptonica inside tesseract.js reads it natively, and writing it
 * costs nothing, unlike re-encoding a PNG.
 */
export function encodePgm(img: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header, 0);
  out.set(img.data, header.length);
  return out;
}

/** Sniffs the container format from the first bytes; null when it is not an image we read. */
export function imageFormat(bytes: Uint8Array): 'png' | 'jpeg' | 'pgm' | 'bmp' | 'webp' | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x35) return 'pgm';
  if (bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d) return 'bmp';
  if (bytes.length >= 12 && bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'webp';
  return null;
}
