package io.airshield.engine;

/**
 * A small, fast, reseedable random generator: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014), the generator behind {@link
 * java.util.SplittableRandom}, whose output passes BigCrush.
 *
 * <p>Streams are derived, never shared: {@link #reseed(long, long, long)} mixes the master seed,
 * the replication index and a purpose code through the SplitMix64 finaliser, so that the weather's
 * draws cannot shift the raids' (Timefold's {@code RandomSource} keeps one stream per use for the
 * same reason) and replication r is the same whatever thread or machine runs it. Mutable and
 * reused, so that a replication allocates no generators.
 */
public final class Rng {
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;
  private long state;

  /**
   * @param seed master seed
   * @param replication replication index
   * @param purpose purpose code (one per subsystem)
   */
  public Rng(final long seed, final long replication, final long purpose) {
    reseed(seed, replication, purpose);
  }

  /**
   * Restarts this generator on the stream of (seed, replication, purpose).
   *
   * @param seed master seed
   * @param replication replication index
   * @param purpose purpose code
   */
  public void reseed(final long seed, final long replication, final long purpose) {
    state = mix(mix(mix(seed) + replication * GOLDEN) ^ mix(purpose + 0x632be59bd9b4e019L));
  }

  /**
   * The SplitMix64 finaliser (David Stafford's variant 13).
   *
   * @param z input
   * @return a well-mixed 64-bit value
   */
  public static long mix(final long z) {
    long x = z;
    x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
    x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
    return x ^ (x >>> 31);
  }

  /**
   * @return the next 64 random bits
   */
  public long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /**
   * @return a uniform double in [0, 1)
   */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * @param p probability
   * @return true with probability p
   */
  public boolean chance(final double p) {
    return nextDouble() < p;
  }

  /**
   * @param bound exclusive upper bound, positive
   * @return a uniform int in [0, bound) (Lemire's multiply-shift, with rejection)
   */
  public int nextInt(final int bound) {
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xffffffffL;
    if (low < bound) {
      final long t = (0x100000000L - bound) % bound;
      while (low < t) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xffffffffL;
      }
    }
    return (int) (m >>> 32);
  }

  /**
   * @param mean mean
   * @return an exponential variate with that mean
   */
  public double exponential(final double mean) {
    return -mean * Math.log(1.0 - nextDouble());
  }

  /**
   * A Poisson variate: by inversion for small means, by the normal approximation with continuity
   * correction above 500 (error far below the Monte Carlo noise).
   *
   * @param mean mean, at least 0
   * @return the count
   */
  public int poisson(final double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 500) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
    }
    double p = Math.exp(-mean);
    double f = p;
    final double u = nextDouble();
    int k = 0;
    while (u > f && k < 10_000) {
      k++;
      p *= mean / k;
      f += p;
    }
    return k;
  }

  /**
   * A binomial variate by summing Bernoulli trials (n is small here: aircraft in a raid).
   *
   * @param n trials
   * @param p success probability
   * @return successes
   */
  public int binomial(final int n, final double p) {
    if (p <= 0 || n <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    // nextDouble() < p, i.e. x 2^-53 < p for the draw's top 53 bits x, holds exactly when x is
    // below the integer ceil(p 2^53) (x is an integer; scaling by 2^53 is exact). Counting by the
    // sign of x - ceil(p 2^53) gives the same count from the same draws without a branch per
    // trial, at a cost that does not depend on p (BinomialBenchmark: 80-84 ns for 30 trials at p
    // from 0.1 to 0.95, against 91-149 ns with the branch, the most at p far from one half).
    final long below = (long) Math.ceil(p * 0x1.0p53);
    int k = 0;
    for (int i = 0; i < n; i++) {
      k += (int) (((nextLong() >>> 11) - below) >>> 63);
    }
    return k;
  }

  /**
   * @return a standard normal variate (Box-Muller, one of the pair)
   */
  public double gaussian() {
    final double u1 = 1.0 - nextDouble();
    final double u2 = nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * @param mean mean
   * @return a Gamma(shape 4) variate with that mean: the sum of four exponentials
   */
  public double gamma4(final double mean) {
    final double u =
        (1.0 - nextDouble()) * (1.0 - nextDouble()) * (1.0 - nextDouble()) * (1.0 - nextDouble());
    return -mean / 4 * Math.log(u);
  }
}
