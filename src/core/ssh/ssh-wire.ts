/** The blob ended before a field it announced: the base64 was cut short. */
export class TruncatedBlobError extends Error {
  constructor() {
    super("SSH wire blob is truncated");
    this.name = "TruncatedBlobError";
  }
}

/** Reads the SSH wire encoding (RFC 4251 §5): big-endian integers and length-prefixed strings. */
export class SshWireReader {
  private offset = 0;

  constructor(private readonly data: Buffer) {}

  get remaining(): number {
    return this.data.length - this.offset;
  }

  readUint32(): number {
    this.need(4);
    const value = this.data.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  readUint64(): bigint {
    this.need(8);
    const value = this.data.readBigUInt64BE(this.offset);
    this.offset += 8;
    return value;
  }

  readString(): Buffer {
    const length = this.readUint32();
    this.need(length);
    const value = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  private need(bytes: number): void {
    if (this.remaining < bytes) throw new TruncatedBlobError();
  }
}

/** Bit length of an unsigned big-endian integer (an mpint's magnitude). */
export function bitLength(magnitude: Buffer): number {
  let start = 0;
  while (start < magnitude.length && magnitude[start] === 0) start++;
  if (start === magnitude.length) return 0;
  return (magnitude.length - start - 1) * 8 + (32 - Math.clz32(magnitude[start]));
}

/** An mpint is two's complement: a set top bit means negative. */
export function isNegativeMpint(mpint: Buffer): boolean {
  return mpint.length > 0 && (mpint[0] & 0x80) !== 0;
}
