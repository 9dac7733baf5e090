/** Largest file Sohoa accepts: a 100-page 300-dpi scan fits; a 200 MB file is refused before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Raw bytes per upload chunk over the port (base64 makes it 4/3 larger). */
export const UPLOAD_CHUNK_BYTES = 768 * 1024;
