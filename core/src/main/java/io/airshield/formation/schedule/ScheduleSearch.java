package io.airshield.formation.schedule;

import java.util.function.BooleanSupplier;

/**
 * A search for a good schedule within a schedule count, as {@link DefaultScheduler} runs it: the
 * genetic search of {@link GeneticSearch} for every project (opt-in, in two phases or with
 * parameterised active schedules), or, opt-in, {@link BiPopulationSearch} for the plain single-mode
 * RCPSP, {@link PathRelinkingSearch} or {@link RandomKeySearch} for single-mode projects without
 * deadlines.
 */
interface ScheduleSearch {
  /**
   * Sets an outside stop condition (a benchmark's wall-time limit).
   *
   * @param s returns true when the search must stop
   */
  void stopWhen(BooleanSupplier s);

  /**
   * Runs the search.
   *
   * @param budget number of schedules
   * @param target stop as soon as this fitness is reached (a lower bound)
   */
  void run(long budget, long target);

  /**
   * @return schedules generated so far, counted as the class's javadoc says
   */
  long used();

  /**
   * @return schedules generated so far as the decoders themselves counted them (serial SGS runs,
   *     justification passes), which must equal {@link #used()}
   */
  long generated();

  /**
   * @return the best fitness, packed as {@link GeneticSearch#fitness}
   */
  long bestFitness();

  /**
   * @return starts of the best schedule, or null if none was found
   */
  int[] bestStart();

  /**
   * @return modes of the best schedule, or null if none was found
   */
  int[] bestMode();
}
