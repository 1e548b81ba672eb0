package org.ossvalue.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' one Spark session: local, two cores, small shuffles, no UI. */
final class SparkTestSession {

  private SparkTestSession() {}

  static synchronized SparkSession spark() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("ossvalue-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .getOrCreate();
  }
}
