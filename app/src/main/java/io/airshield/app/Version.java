package io.airshield.app;

import picocli.CommandLine.IVersionProvider;

/** Reads the program version from the jar's manifest. */
public final class Version implements IVersionProvider {
  /**
   * @return the program version, or "dev" when run from classes
   */
  public static String current() {
    final String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"airshield " + current()};
  }
}
