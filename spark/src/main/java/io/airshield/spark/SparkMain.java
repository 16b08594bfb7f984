package io.airshield.spark;

/**
 * The Spark jar's entry point: the whole airshield command line, with {@code --engine spark}
 * available. {@code java -jar spark/target/airshield-spark.jar assess --engine spark --master
 * local[4]} or {@code spark-submit --class io.airshield.spark.SparkMain airshield-spark.jar assess
 * --engine spark}.
 */
public final class SparkMain {
  private SparkMain() {}

  /**
   * @param args the airshield command line
   */
  public static void main(final String[] args) {
    io.airshield.app.Main.main(args);
  }
}
