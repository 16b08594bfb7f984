package io.airshield.formation;

import java.time.LocalDate;

/**
 * An item of outside help chosen by the planner, and the date it is asked for.
 *
 * @param option the item as offered in the plan
 * @param from the date from which it is needed
 */
public record ChosenHelp(HelpOption option, LocalDate from) {}
