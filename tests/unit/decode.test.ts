/** Stage 1, decode: every encoding a saved article comes in, and the inputs it must refuse. */
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decode } from '../../scripts/ingest/decode.ts';
import { Rejection } from '../../scripts/ingest/types.ts';

const text = 'Chargé d’Affaires said: “It is a transformational opportunity” — in Islamabad.';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 without a BOM', async () => {
    expect((await decode(utf8(text))).text).toBe(text);
  });

  it('drops a UTF-8 BOM', async () => {
    const out = await decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(out.text).toBe(text);
    expect(out.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const le = iconv.encode(text, 'utf-16le');
    expect((await decode(new Uint8Array([0xff, 0xfe, ...le]))).text).toBe(text);
    const be = iconv.encode(text, 'utf-16be');
    expect((await decode(new Uint8Array([0xfe, 0xff, ...be]))).text).toBe(text);
  });

  it('reads Windows-1252 when the bytes are not UTF-8 (curly quotes, é, em dash)', async () => {
    const out = await decode(iconv.encode(text, 'windows-1252'));
    expect(out.text).toBe(text);
    expect(out.encoding).toBe('windows-1252');
  });

  it('turns CRLF and lone CR into LF', async () => {
    expect((await decode(utf8('one\r\ntwo\rthree\n'))).text).toBe('one\ntwo\nthree\n');
  });

  it('drops NUL and other control characters and logs it', async () => {
    const out = await decode(utf8('good\u0000 text\u0007 here'));
    expect(out.text).toBe('good text here');
    expect(out.changes.map((c) => c.rule)).toContain('control-characters');
  });

  it('normalises to NFC', async () => {
    expect((await decode(utf8('Charge\u0301'))).text).toBe('Chargé');
  });

  it('repairs a few invalid UTF-8 bytes in otherwise good UTF-8 text', async () => {
    const bytes = new Uint8Array([...utf8('Pakistan’s “minerals” '), 0xff, 0xfe, 0x80, ...utf8(' sector’s growth')]);
    const out = await decode(bytes);
    expect(out.text).toBe('Pakistan’s “minerals”  sector’s growth');
    expect(out.changes.map((c) => c.rule)).toContain('invalid-utf8');
  });

  it('rejects empty and white-space-only files with a reason', async () => {
    await expect(decode(new Uint8Array())).rejects.toThrow(new Rejection('empty file'));
    await expect(decode(utf8(' \n\t\r\n '))).rejects.toThrow(/only white space/);
  });

  it('rejects binary files such as an image renamed .txt', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(0)]);
    await expect(decode(png)).rejects.toThrow(/binary file \(image\/png\)/);
    await expect(decode(new Uint8Array(200).map((_, i) => (i * 7) % 32))).rejects.toThrow(/binary file/);
  });

  it('reads an article that happens to carry a binary format’s weak signature as text (a “G” every 188 bytes is an MPEG stream’s)', async () => {
    // "GWADAR: …" with another capital G at byte 188: a detector of file types takes it for video/mp2t.
    const line = 'GWADAR: Officials on Monday finalised a geological mapping programme on gold with the provincial mines department, under pressure from provincial leaders and investors in the region today. ';
    const text = `${line.slice(0, 188)}Gold exports rose on Tuesday, the ministry said.\n\n${'More text follows here. '.repeat(20)}`;
    expect(text.charAt(188)).toBe('G');
    const decoded = await decode(utf8(text));
    expect(decoded.text.startsWith('GWADAR:')).toBe(true);
    // Real transport-stream bytes still go.
    const ts = new Uint8Array(188 * 4).map((_, i) => (i % 188 === 0 ? 0x47 : i % 188 === 1 ? 0x40 : i % 7));
    await expect(decode(ts)).rejects.toThrow(/binary file/);
  });

  it('reads UTF-16 without a byte order mark, in Latin, Cyrillic and Arabic script, either byte order', async () => {
    for (const [text, encoding] of [
      ['Minerals talks resume in Islamabad, officials said on Friday.', 'utf-16le'],
      ['Пакистан и США обсудили добычу меди, заявили официальные лица.', 'utf-16le'],
      ['قال مسؤولون إن اتفاقية جديدة للمعادن ستوقع العام المقبل', 'utf-16le'],
      ['Minerals talks resume in Islamabad, officials said on Friday.', 'utf-16be'],
    ] as const) {
      const out = await decode(new Uint8Array(iconv.encode(text, encoding)));
      expect(out.text, encoding).toBe(text);
      expect(out.encoding).toBe(encoding);
      expect(out.changes.map((c) => c.rule)).toContain('encoding');
    }
  });

  it('reads short single-byte Cyrillic and Arabic text, and a page in the charset it declares', async () => {
    const russian = 'Короткий текст: новое соглашение о полезных ископаемых будет подписано в следующем году.';
    expect((await decode(new Uint8Array(iconv.encode(russian, 'windows-1251')))).text).toBe(russian);
    const arabic = 'قال مسؤولون إن اتفاقية جديدة للمعادن ستوقع العام المقبل بين البلدين، وإنها تشمل النحاس والذهب.';
    expect((await decode(new Uint8Array(iconv.encode(arabic, 'windows-1256')))).text).toBe(arabic);
    const page = '<html><head><meta charset="koi8-r"><title>Медь</title></head><body><p>Медь</p></body></html>';
    expect((await decode(new Uint8Array(iconv.encode(page, 'koi8-r')))).text).toBe(page);
  });
});
