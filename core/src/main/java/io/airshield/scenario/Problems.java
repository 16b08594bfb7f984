package io.airshield.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, so that all are reported at once, in file order. */
public final class Problems {
  private final String file;
  private final List<InputProblem> list = new ArrayList<>();

  /** @param file the file name used in every message */
  public Problems(final String file) {
    this.file = file;
  }

  /** @return the file name */
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
   */
  public void add(final int line, final int column, final String field, final String message,
      final String hint) {
    list.add(new InputProblem(file, line, column, field, message, hint));
  }

  /**
   * Records a problem at a node.
   *
   * @param at the node
   * @param field field path
   * @param message what is wrong
   * @param hint "Maybe ..." or empty
   */
  public void add(final Node at, final String field, final String message, final String hint) {
    add(at.line(), at.column(), field, message, hint);
  }

  /** @return whether any problem was recorded */
  public boolean any() {
    return !list.isEmpty();
  }

  /** @return the problems in file order */
  public List<InputProblem> sorted() {
    final List<InputProblem> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
    return out;
  }

  /** @throws InputException if any problem was recorded */
  public void throwIfAny() {
    if (any()) {
      throw new InputException(sorted());
    }
  }
}
