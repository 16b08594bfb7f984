package io.airshield.formation;

import java.time.LocalDate;
import java.util.List;

/**
 * An item of outside help that may be requested: it adds {@code amount} units to a resource from
 * one of the offered dates until the end of the horizon.
 *
 * @param id the item's name
 * @param name a readable name, used in the drafted request
 * @param resource the resource it adds to
 * @param amount units added
 * @param offeredFrom the dates from which it can arrive, earliest first; the planner picks one
 * @param cost the weight of asking for it, for "least help" (e.g. 3 for a division, 1 for a
 *     maintenance battalion)
 * @param unitName what the giver parts with, in the singular, for the request (e.g. {@code
 *     maintenance battalion}, {@code adviser})
 * @param unitPlural the plural of {@code unitName}
 * @param quantity how many of {@code unitName} the item is (1 for a division, 14 for 14 advisers)
 * @param source where the numbers come from
 */
public record HelpOption(
    String id,
    String name,
    String resource,
    int amount,
    List<LocalDate> offeredFrom,
    double cost,
    String unitName,
    String unitPlural,
    int quantity,
    String source) {
  public HelpOption {
    offeredFrom = List.copyOf(offeredFrom);
  }
}
