/**
 * The Spark backend: replication blocks as Spark tasks, merged in block order on the driver, so a
 * cluster run gives the same statistics to the last bit as the local engine.
 */
package io.airshield.spark;
