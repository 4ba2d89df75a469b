/** Signatures of binary formats people feed by mistake, so a failure can say what a file looks like. */

/** One signature: the bytes expected at an offset, and what the content then looks like. */
export interface MagicNumber {
  offset: number;
  /** Expected bytes; a string stands for its Latin-1 bytes. */
  bytes: string | number[];
  looksLike: string;
}

/** Known signatures, checked in order. */
export const MAGIC_NUMBERS: readonly MagicNumber[] = [
  { offset: 0, bytes: '%PDF-', looksLike: 'a PDF document' },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'a PNG image' },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { offset: 0, bytes: 'GIF8', looksLike: 'a GIF image' },
  { offset: 8, bytes: 'WEBP', looksLike: 'a WebP image' },
  { offset: 0, bytes: 'PK\x03\x04', looksLike: 'a ZIP archive (or a .docx/.xlsx/.epub, which are ZIP archives)' },
  { offset: 0, bytes: 'PK\x05\x06', looksLike: 'an empty ZIP archive' },
  { offset: 0, bytes: [0x1f, 0x8b], looksLike: 'gzip-compressed data' },
  { offset: 0, bytes: 'BZh', looksLike: 'bzip2-compressed data' },
  { offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], looksLike: 'xz-compressed data' },
  { offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], looksLike: 'zstd-compressed data' },
  { offset: 0, bytes: "7z\xbc\xaf'\x1c", looksLike: 'a 7-Zip archive' },
  { offset: 0, bytes: 'Rar!\x1a\x07', looksLike: 'a RAR archive' },
  { offset: 257, bytes: 'ustar', looksLike: 'a tar archive' },
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'a legacy Microsoft Office document' },
  { offset: 0, bytes: 'SQLite format 3\x00', looksLike: 'an SQLite database' },
  { offset: 0, bytes: '\x7fELF', looksLike: 'an executable (ELF)' },
  { offset: 0, bytes: '\x00asm', looksLike: 'a WebAssembly module' },
  { offset: 4, bytes: 'ftyp', looksLike: 'an MP4/QuickTime video' },
  { offset: 0, bytes: 'OggS', looksLike: 'an Ogg audio/video file' },
  { offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], looksLike: 'a Matroska/WebM video' },
  { offset: 0, bytes: 'wOF2', looksLike: 'a web font' },
];
