package io.airshield.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML or JSON document into a located {@link Node} tree.
 *
 * <p>JSON is a subset of YAML, but a file that starts with <code>{</code> or <code>[</code> is read
 * with the JSON parser so that its messages speak JSON. YAML anchors and aliases are expanded by
 * sharing the anchored subtree; the count of nodes after expansion is bounded by {@link
 * ReadLimits#maxNodes()}, which defeats alias bombs. Duplicate keys are problems.
 */
public final class SourceTree {
  /** The most digits a number may have. */
  private static final int MAX_NUMBER_DIGITS = 100;

  /** The most characters a text (or a key) may have. */
  private static final int MAX_STRING_CHARS = 1 << 20;

  private final String file;
  private final ReadLimits limits;
  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, Node> anchors = new HashMap<>();
  private final Map<Node, Integer> sizes = new HashMap<>();
  private long nodeCount;
  private int aliasCount;

  private SourceTree(final String file, final ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /**
   * Parses a document.
   *
   * @param file the file name for messages
   * @param bytes the file's content
   * @param limits limits on size, depth and expansion
   * @return the root node
   * @throws InputException with the problem's location if the document cannot be read
   */
  public static Node parse(final String file, final byte[] bytes, final ReadLimits limits) {
    return new SourceTree(file, limits).read(bytes);
  }

  private Node read(final byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      throw InputException.of(
          file,
          0,
          0,
          "",
          "file is "
              + bytes.length
              + " bytes, more than the "
              + limits.maxBytes()
              + " accepted (set -Dairshield.maxFileBytes to raise the limit)");
    }
    final String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw InputException.of(
          file,
          0,
          0,
          "",
          "file is not UTF-8 text (is it a binary file, or a different kind of file?)");
    }
    if (text.indexOf('\0') >= 0) {
      throw InputException.of(file, 0, 0, "", "file contains NUL bytes: it is not a text file");
    }
    if (text.isBlank()) {
      throw InputException.of(file, 1, 1, "", "file is empty");
    }
    final String trimmed = text.stripLeading();
    final boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
    final StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxNumberLength(MAX_NUMBER_DIGITS)
            .maxStringLength(MAX_STRING_CHARS)
            .build();
    try (JsonParser p =
        json
            ? jsonFactory(constraints).createParser(text)
            : yamlFactory(constraints).createParser(text)) {
      final JsonToken first = p.nextToken();
      if (first == null) {
        throw InputException.of(file, 1, 1, "", "file is empty");
      }
      final Node root;
      try {
        root = readValue(p, 1);
      } catch (StreamConstraintsException e) {
        // Jackson's own limits (nesting, a number's digits, a string's length): its message
        // names its API, and it carries no place; say which limit, where the parser stands
        final JsonLocation loc = p.currentLocation();
        throw InputException.of(file, loc.getLineNr(), loc.getColumnNr(), "", constraintMessage(e));
      }
      final JsonToken extra = p.nextToken();
      if (extra != null) {
        final JsonLocation loc = p.currentTokenLocation();
        problems.add(
            new InputProblem(
                file,
                loc.getLineNr(),
                loc.getColumnNr(),
                "",
                "unexpected content after the end of the document",
                ""));
      }
      if (!problems.isEmpty()) {
        throw new InputException(problems);
      }
      return root;
    } catch (JsonProcessingException e) {
      final JsonLocation loc = e.getLocation();
      throw InputException.of(
          file,
          loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(),
          "",
          syntaxMessage(e, json));
    } catch (IOException e) {
      throw InputException.of(file, 0, 0, "", "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      // SnakeYAML reports limit breaches and some syntax errors as unchecked exceptions.
      throw InputException.of(file, 0, 0, "", "cannot parse: " + firstLine(e.getMessage()));
    }
  }

  private static JsonFactory jsonFactory(final StreamReadConstraints c) {
    return JsonFactory.builder().streamReadConstraints(c).build();
  }

  private YAMLFactory yamlFactory(final StreamReadConstraints c) {
    final LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
    options.setAllowDuplicateKeys(true); // we report them ourselves, with both places
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(c).build();
  }

  private String constraintMessage(final StreamConstraintsException e) {
    final String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.startsWith("Document nesting depth")) {
      return "nesting deeper than "
          + limits.maxDepth()
          + " levels of maps and lists (set"
          + " -Dairshield.maxDepth to raise the limit)";
    }
    if (m.startsWith("Number value length")) {
      return "a number with more than " + MAX_NUMBER_DIGITS + " digits";
    }
    if (m.startsWith("String value length") || m.startsWith("Name length")) {
      return "a text or name longer than " + MAX_STRING_CHARS + " characters";
    }
    return "the file is beyond a reading limit (see docs/limits.md)";
  }

  private String syntaxMessage(final JsonProcessingException e, final boolean json) {
    if (e instanceof StreamConstraintsException c) {
      // reached outside readValue (e.g. by the first token): the same words, no prefix
      return constraintMessage(c);
    }
    String m;
    if (e.getCause() instanceof MarkedYAMLException y && y.getProblem() != null) {
      // SnakeYAML's first line is only the context ("while scanning for the next token");
      // the problem itself ("found character '\t(TAB)' ...") comes after it
      final String problem =
          firstLine(y.getProblem())
              .replace("character '\\t(TAB)'", "a tab")
              .replace("\\t(TAB)", "tabs");
      m = y.getContext() == null ? problem : y.getContext() + contextPlace(y) + ": " + problem;
    } else {
      // Jackson's "Unexpected character ('}' (code 125))": the code adds nothing
      m = firstLine(e.getOriginalMessage()).replaceAll(" \\(code \\d+\\)", "");
    }
    if (m.length() > 300) {
      m = m.substring(0, 300) + "...";
    }
    return (json ? "JSON syntax error: " : "YAML syntax error: ") + m;
  }

  /** Where the context of a YAML error starts, when that is not where the problem is. */
  private static String contextPlace(final MarkedYAMLException y) {
    final org.yaml.snakeyaml.error.Mark c = y.getContextMark();
    final org.yaml.snakeyaml.error.Mark p = y.getProblemMark();
    if (c == null || p != null && c.getLine() == p.getLine()) {
      return "";
    }
    return " started at line " + (c.getLine() + 1) + ", column " + (c.getColumn() + 1);
  }

  private static String firstLine(final String s) {
    if (s == null) {
      return "unknown error";
    }
    final int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private void count(final JsonParser p, final long n) {
    nodeCount += n;
    if (nodeCount > limits.maxNodes()) {
      final JsonLocation loc = p.currentTokenLocation();
      throw InputException.of(
          file,
          loc.getLineNr(),
          loc.getColumnNr(),
          "",
          "document has more than "
              + limits.maxNodes()
              + " values after expanding aliases (set -Dairshield.maxNodes to raise the limit)");
    }
  }

  private Node readValue(final JsonParser p, final int depth) throws IOException {
    final JsonLocation loc = p.currentTokenLocation();
    final int line = loc.getLineNr();
    final int col = loc.getColumnNr();
    if (depth > limits.maxDepth()) {
      throw InputException.of(
          file, line, col, "", "nesting deeper than " + limits.maxDepth() + " levels");
    }
    final String anchor = p instanceof YAMLParser yp ? yp.getObjectId() : null;
    final Node node;
    final JsonToken t = p.currentToken();
    if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
      aliasCount++;
      if (aliasCount > limits.maxAliases()) {
        throw InputException.of(
            file,
            line,
            col,
            "",
            "more than "
                + limits.maxAliases()
                + " aliases (set -Dairshield.maxAliases to raise the limit)");
      }
      final Node target = anchors.get(p.getText());
      if (target == null) {
        throw InputException.of(
            file,
            line,
            col,
            "",
            "alias *" + p.getText() + " refers to no anchor defined before it");
      }
      count(p, sizes.getOrDefault(target, 1));
      return target;
    }
    final long before = nodeCount;
    count(p, 1);
    switch (t) {
      case START_OBJECT -> {
        final Map<String, Node> entries = new LinkedHashMap<>();
        final Map<String, int[]> keys = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          final JsonLocation kl = p.currentTokenLocation();
          final String key = p.currentName();
          p.nextToken();
          final Node value = readValue(p, depth + 1);
          if (entries.containsKey(key)) {
            final int[] first = keys.get(key);
            problems.add(
                new InputProblem(
                    file,
                    kl.getLineNr(),
                    kl.getColumnNr(),
                    key,
                    "duplicate key (first given at line " + first[0] + ")",
                    "Maybe remove one of them: the reader does not guess which one you meant."));
          } else {
            entries.put(key, value);
            keys.put(key, new int[] {kl.getLineNr(), kl.getColumnNr()});
          }
        }
        node = new Node.MapNode(line, col, entries, keys);
      }
      case START_ARRAY -> {
        final List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(p, depth + 1));
        }
        node = new Node.ListNode(line, col, items);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          node = new Node.Scalar(line, col, p.getText(), Node.Kind.NUMBER);
      case VALUE_TRUE, VALUE_FALSE ->
          node = new Node.Scalar(line, col, p.getText(), Node.Kind.BOOLEAN);
      case VALUE_NULL -> node = new Node.Scalar(line, col, "", Node.Kind.NULL);
      case VALUE_STRING -> node = new Node.Scalar(line, col, p.getText(), Node.Kind.STRING);
      default -> throw InputException.of(file, line, col, "", "unsupported content: " + t);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
      sizes.put(node, (int) Math.min(Integer.MAX_VALUE, nodeCount - before));
    }
    return node;
  }
}
