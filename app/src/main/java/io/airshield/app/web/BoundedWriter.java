package io.airshield.app.web;

/**
 * A string writer that refuses to grow past a limit in bytes of UTF-8 (the bytes the answer will
 * have), so a trace cannot exhaust memory: a write that would pass the limit throws {@link Full}
 * and is not kept, so the writer never holds more than the limit. With a deadline, a write after it
 * throws {@link Late}, so the trace being written stops.
 */
final class BoundedWriter extends java.io.Writer {
  /** Thrown when the limit is reached. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super("trace too large", null, false, false);
    }
  }

  /** Thrown by a write after the deadline. */
  static final class Late extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Late() {
      super("trace too slow", null, false, false);
    }
  }

  private final StringBuilder sb = new StringBuilder();
  private final long max;
  private final long deadline;
  private final boolean timed;
  private long bytes;

  /**
   * @param max the limit in bytes of UTF-8
   */
  BoundedWriter(final long max) {
    this.max = max;
    this.deadline = 0;
    this.timed = false;
  }

  /**
   * @param max the limit in bytes of UTF-8
   * @param deadline the {@link System#nanoTime()} after which a write throws {@link Late}
   */
  BoundedWriter(final long max, final long deadline) {
    this.max = max;
    this.deadline = deadline;
    this.timed = true;
  }

  @Override
  public void write(final char[] buf, final int off, final int len) {
    if (timed && System.nanoTime() - deadline > 0) {
      throw new Late();
    }
    final long n = bytes + utf8Length(buf, off, len);
    if (n > max) {
      throw new Full();
    }
    sb.append(buf, off, len);
    bytes = n;
  }

  /**
   * @return the bytes held, as UTF-8
   */
  long bytes() {
    return bytes;
  }

  /** Bytes of UTF-8 for these chars; a surrogate pair counts 4, a lone surrogate 1 ('?'). */
  private static long utf8Length(final char[] buf, final int off, final int len) {
    long n = 0;
    for (int i = off; i < off + len; i++) {
      final char c = buf[i];
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < off + len
          && Character.isLowSurrogate(buf[i + 1])) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  @Override
  public void flush() {
    // nothing buffered outside the builder
  }

  @Override
  public void close() {
    // nothing to release
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
