package org.newsgraph.ingest.sources;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Bounded reads and decompression: nothing a source reads into memory passes the size limit, and a
 * small compressed payload that expands without end (a gzip bomb) stops at the limit.
 */
final class Bounded {

  private Bounded() {}

  /** Thrown when data passes the bound; {@code seen} is how far reading got. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long seen;

    TooLarge(long seen) {
      super("more than the bound (at least " + seen + " bytes)");
      this.seen = seen;
    }
  }

  /** Compressed data that does not decompress: the reason in words. */
  static final class Damaged extends IOException {
    private static final long serialVersionUID = 1L;

    Damaged(String message) {
      super(message);
    }
  }

  /** Reads to the end of the stream, or throws {@link TooLarge} once past {@code max} bytes. */
  static byte[] read(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) >= 0) {
      total += n;
      if (total > max) {
        throw new TooLarge(total);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  /** Undoes gzip (all members), stopping past {@code max} decompressed bytes. */
  static byte[] gunzip(byte[] gz, long max) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 8192)) {
      return read(in, max);
    } catch (ZipException | EOFException e) {
      throw new Damaged("damaged gzip data (" + reason(e) + ")");
    }
  }

  /**
   * Undoes HTTP "deflate", which servers send as zlib data (RFC 9110) or, wrongly but often, as raw
   * deflate: zlib is tried first, then raw.
   */
  static byte[] inflate(byte[] data, long max) throws IOException {
    try {
      return inflate(data, max, false);
    } catch (Damaged e) {
      return inflate(data, max, true);
    }
  }

  private static byte[] inflate(byte[] data, long max, boolean raw) throws IOException {
    Inflater inflater = new Inflater(raw);
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data), inflater)) {
      return read(in, max);
    } catch (ZipException | EOFException e) {
      throw new Damaged("damaged deflate data (" + reason(e) + ")");
    } finally {
      inflater.end();
    }
  }

  /** A decompression failure's own words, or its kind when it has none. */
  static String reason(Throwable e) {
    Throwable t =
        e instanceof ZipException && e.getCause() instanceof DataFormatException ? e.getCause() : e;
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t instanceof EOFException ? "it ends too early" : t.getClass().getSimpleName();
    }
    return m.toLowerCase(Locale.ROOT).startsWith("unexpected end") ? "it ends too early" : m;
  }

  /** A stream that counts the bytes read through it, for progress. */
  static final class CountingInputStream extends FilterInputStream {
    private volatile long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += Math.max(0, k);
      return k;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** A channel that counts the bytes read through it, for progress. */
  static final class CountingChannel implements ReadableByteChannel {
    private final ReadableByteChannel in;
    private volatile long count;

    CountingChannel(ReadableByteChannel in) {
      this.in = in;
    }

    long count() {
      return count;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int n = in.read(dst);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return in.isOpen();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
