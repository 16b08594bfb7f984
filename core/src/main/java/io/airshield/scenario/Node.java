package io.airshield.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a located tree read from YAML or JSON: a map, a list or a scalar, each with the 1-based
 * line and column where it starts in the file.
 */
public sealed interface Node {
  /**
   * @return 1-based line of the node's first character
   */
  int line();

  /**
   * @return 1-based column of the node's first character
   */
  int column();

  /**
   * @return a short word for messages: "a map", "a list", "a number", ...
   */
  String describe();

  /**
   * A map; keys keep their order in the file.
   *
   * @param line line
   * @param column column
   * @param entries key to value, in file order
   * @param keyPositions key to its own position {line, column}
   */
  record MapNode(int line, int column, Map<String, Node> entries, Map<String, int[]> keyPositions)
      implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyPositions = Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /**
   * A list.
   *
   * @param line line
   * @param column column
   * @param items items in order
   */
  record ListNode(int line, int column, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: its text as written and what the parser took it for.
   *
   * @param line line
   * @param column column
   * @param text the scalar's text
   * @param kind what it is
   */
  record Scalar(int line, int column, String text, Kind kind) implements Node {
    @Override
    public String describe() {
      return switch (kind) {
        case NUMBER -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
        default ->
            "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
      };
    }
  }

  /** What a scalar is. */
  enum Kind {
    /** A string. */
    STRING,
    /** An integer or floating-point number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** null or an empty value. */
    NULL
  }
}
