package io.airshield.formation.schedule;

import java.util.List;

/**
 * A scheduling problem: activities with precedences, and renewable resources. PSPLIB's dummy source
 * and sink are ordinary zero-duration activities here.
 *
 * @param name a name for messages and reports
 * @param activities the activities; precedences are their successor lists
 * @param resources the renewable resources, indexed as in every {@link Mode#demand()}
 */
public record Project(String name, List<Activity> activities, List<Resource> resources) {
  public Project {
    activities = List.copyOf(activities);
    resources = List.copyOf(resources);
  }
}
