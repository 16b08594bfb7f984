package io.airshield.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, so that all are reported at once, in file order. */
public final class Problems {
  private final String file;
  private final List<InputProblem> list = new ArrayList<>();

  /**
   * @param file the file name used in every message
   */
  public Problems(final String file) {
    this.file = file;
  }

  /**
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * Records a problem.
   *
   * @param line 1-based line or 0
   * @param column 1-based column or 0
   * @param field field path
   * @param message what is wrong
   * @param hint "Maybe ..." or empty
   * @return the problem recorded
   */
  public InputProblem add(
      final int line,
      final int column,
      final String field,
      final String message,
      final String hint) {
    final InputProblem p = new InputProblem(file, line, column, field, message, hint);
    list.add(p);
    return p;
  }

  /**
   * Records a problem at a node.
   *
   * @param at the node
   * @param field field path
   * @param message what is wrong
   * @param hint "Maybe ..." or empty
   * @return the problem recorded
   */
  public InputProblem add(
      final Node at, final String field, final String message, final String hint) {
    return add(at.line(), at.column(), field, message, hint);
  }

  /**
   * Withdraws a problem recorded earlier that a later, more precise one explains (a required field
   * reported missing, when it turns out to be given under a misspelt name).
   *
   * @param p the problem, as {@link #add} returned it
   * @return whether it was recorded and is now withdrawn
   */
  public boolean withdraw(final InputProblem p) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == p) {
        list.remove(i);
        return true;
      }
    }
    return false;
  }

  /**
   * @return whether any problem was recorded
   */
  public boolean any() {
    return !list.isEmpty();
  }

  /**
   * @return the problems in file order
   */
  public List<InputProblem> sorted() {
    final List<InputProblem> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
    return out;
  }

  /**
   * @throws InputException if any problem was recorded
   */
  public void throwIfAny() {
    if (any()) {
      throw new InputException(sorted());
    }
  }
}
