package io.airshield.domain;

import java.util.List;

/**
 * A rail line, a chain of rail nodes. It delivers its capacity while every target on it is open,
 * and nothing while any is cut.
 *
 * @param id identifier
 * @param name display name
 * @param nodes place ids in order along the line
 * @param capacityTonsPerDay supply the line carries in a day when open (t/day)
 * @param source source tag or "estimate"
 */
public record RailLine(
    String id, String name, List<String> nodes, double capacityTonsPerDay, String source) {
  public RailLine {
    nodes = List.copyOf(nodes);
  }
}
