// Node adapter for the QR reader: zxing-wasm's reader wasm read from node_modules
// (zxing-wasm would otherwise fetch it from a CDN).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createQrDecoder, type QrDecoder } from './qr.ts';

let shared: QrDecoder | null = null;

export function sharedQrDecoder(): QrDecoder {
  if (!shared) {
    const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
    const buf = readFileSync(wasmPath);
    const wasmBinary = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    shared = createQrDecoder({ wasm: { wasmBinary } });
  }
  return shared;
}
