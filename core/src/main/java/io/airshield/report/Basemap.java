package io.airshield.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline base map: coastlines and borders around the embedded theatres, from Natural Earth
 * 1:50m (public domain), clipped and simplified by {@code tools/basemap/make-basemap.sh} into the
 * resource {@code basemap.json}. Shipped in the jar so that neither the report nor the web UI ever
 * needs a tile server or the network.
 *
 * @param coast coastline polylines, each {{lon, lat}, ...}
 * @param borders land borders, same form
 */
public record Basemap(List<double[][]> coast, List<double[][]> borders) {
  /** The resource's path in the jar, also served as is to the web UI. */
  public static final String RESOURCE = "/io/airshield/report/basemap.json";

  private static final Basemap INSTANCE = read();

  public Basemap {
    coast = List.copyOf(coast);
    borders = List.copyOf(borders);
  }

  /**
   * @return the shipped base map (read once)
   */
  public static Basemap get() {
    return INSTANCE;
  }

  /**
   * @return the resource's bytes, for serving
   */
  public static byte[] bytes() {
    try (InputStream in = Basemap.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("basemap.json missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Basemap read() {
    try {
      final JsonNode root = new ObjectMapper().readTree(bytes());
      return new Basemap(lines(root.get("coast")), lines(root.get("borders")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<double[][]> lines(final JsonNode arr) {
    final List<double[][]> out = new ArrayList<>();
    for (JsonNode line : arr) {
      final double[][] pts = new double[line.size()][];
      for (int i = 0; i < pts.length; i++) {
        pts[i] = new double[] {line.get(i).get(0).asDouble(), line.get(i).get(1).asDouble()};
      }
      out.add(pts);
    }
    return out;
  }
}
