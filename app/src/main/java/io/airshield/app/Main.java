package io.airshield.app;

/** Entry point placeholder. */
public final class Main {
  private Main() {}

  /** @param args command-line arguments */
  public static void main(final String[] args) {
    System.out.println("airshield");
  }
}
