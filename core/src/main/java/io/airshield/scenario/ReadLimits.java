package io.airshield.scenario;

/**
 * Limits that protect the reader from hostile or broken files: a truncated download, a file of the
 * wrong kind, a "billion laughs" of YAML aliases.
 *
 * @param maxBytes largest file accepted
 * @param maxDepth deepest nesting of maps and lists
 * @param maxAliases most YAML aliases ({@code *name}) in one file
 * @param maxNodes most nodes (scalars, maps, lists) in one file
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes) {
  /** Defaults: 8 MiB, depth 40, 100 aliases, 500,000 nodes; overridable by system properties. */
  public static final ReadLimits DEFAULT =
      new ReadLimits(
          Long.getLong("airshield.maxFileBytes", 8L << 20),
          Integer.getInteger("airshield.maxDepth", 40),
          Integer.getInteger("airshield.maxAliases", 100),
          Integer.getInteger("airshield.maxNodes", 500_000));
}
