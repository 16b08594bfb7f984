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

  private static final String NUMBER_MESSAGE =
      "a number with more than " + MAX_NUMBER_DIGITS + " digits";
  private static final String STRING_MESSAGE =
      "a text or name longer than " + MAX_STRING_CHARS + " characters";

  private final String file;
  private final ReadLimits limits;
  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, Node> anchors = new HashMap<>();
  private final Map<Node, Integer> sizes = new HashMap<>();

  /** The keys and list indices from the root to the value being read, for limit messages. */
  private final List<Object> path = new ArrayList<>();

  /**
   * JSON: where the parser stood before the field name it is reading, while it reads it (with the
   * value after it, if a number); null otherwise.
   */
  private JsonLocation beforeName;

  /** The document, decoded. */
  private String text;

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
      final JsonToken extra;
      try {
        root = readValue(p, 1);
        extra = p.nextToken();
      } catch (StreamConstraintsException e) {
        // Jackson's own limits (nesting, a number's digits, a string's length): its message
        // names its API, and it carries no place; say which limit, and where
        throw constraintProblem(p, e, json);
      }
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
      return NUMBER_MESSAGE;
    }
    if (m.startsWith("String value length") || m.startsWith("Name length")) {
      return STRING_MESSAGE;
    }
    return "the file is beyond a reading limit (see docs/limits.md)";
  }

  /**
   * One of Jackson's limits, at the offending character: the bracket that nests too deep, the start
   * of the number, text or name that is too long. Jackson's own places are not that: after the
   * bracket it has consumed, or (a JSON name) the token before it.
   */
  private InputException constraintProblem(
      final JsonParser p, final StreamConstraintsException e, final boolean json) {
    final String m = e.getMessage() == null ? "" : e.getMessage();
    final String message = constraintMessage(e);
    if (m.startsWith("Document nesting depth")) {
      final JsonLocation at = json ? p.currentLocation() : p.currentTokenLocation();
      // JSON: the parser stands just after the bracket (never a line break) it has read
      return InputException.of(
          file, at.getLineNr(), json ? at.getColumnNr() - 1 : at.getColumnNr(), "", message);
    }
    if (beforeName != null) {
      // JSON reads a name, and a number after it, in one step: the token is the one before
      final JsonLocation before = beforeName;
      beforeName = null;
      if (m.startsWith("Number value length") && p.currentToken() == JsonToken.FIELD_NAME) {
        final int[] at = valueAfterName(p.currentTokenLocation());
        final String name = p.getParsingContext().getCurrentName();
        path.add(name == null ? "" : name);
        if (at != null) {
          return InputException.of(file, at[0], at[1], fieldPath(), message);
        }
      } else if (m.startsWith("String value length") || m.startsWith("Name length")) {
        final int[] at = nameStart(before);
        if (at != null) {
          return InputException.of(file, at[0], at[1], fieldPath(), message);
        }
      }
    }
    if (m.startsWith("Number value length") || m.startsWith("String value length")) {
      // the number (read with its token) or the text (read when asked) is the token
      final JsonLocation at = p.currentTokenLocation();
      return InputException.of(file, at.getLineNr(), at.getColumnNr(), fieldPath(), message);
    }
    final JsonLocation at = p.currentLocation();
    return InputException.of(file, at.getLineNr(), at.getColumnNr(), "", message);
  }

  /**
   * Where the JSON name after {@code from} starts: past white space and the comma. JSON has no
   * comments, so nothing else comes between a value and the next name.
   *
   * @return line and column, or null if {@code from} has no offset
   */
  private int[] nameStart(final JsonLocation from) {
    return skip(from, 0, ",");
  }

  /**
   * Where the JSON value after the name at {@code name} starts: past the quoted name, white space
   * and the colon.
   *
   * @return line and column, or null if {@code name} has no offset
   */
  private int[] valueAfterName(final JsonLocation name) {
    final long start = name.getCharOffset();
    if (start < 0 || start >= text.length() || text.charAt((int) start) != '"') {
      return null;
    }
    int end = (int) start + 1;
    while (end < text.length() && text.charAt(end) != '"') {
      end += text.charAt(end) == '\\' ? 2 : 1;
    }
    // a JSON name has no line break: the columns are the characters
    return skip(name, end + 1 - start, ":");
  }

  /**
   * The line and column {@code ahead} characters (none of them a line break) after {@code from},
   * and then past white space and the characters of {@code also}.
   */
  private int[] skip(final JsonLocation from, final long ahead, final String also) {
    long offset = from.getCharOffset();
    if (offset < 0 || offset + ahead > text.length()) {
      return null;
    }
    offset += ahead;
    int line = from.getLineNr();
    int column = from.getColumnNr() + (int) ahead;
    while (offset < text.length()) {
      final char c = text.charAt((int) offset);
      if (c == '\n'
          || c == '\r' && (offset + 1 >= text.length() || text.charAt((int) offset + 1) != '\n')) {
        // a line ends with LF, CRLF or CR alone, as the parser counts them
        line++;
        column = 1;
      } else if (c == ' ' || c == '\t' || c == '\r' || also.indexOf(c) >= 0) {
        column++;
      } else {
        break;
      }
      offset++;
    }
    return new int[] {line, column};
  }

  /** The path of the value being read, as {@link Fields} names fields: {@code radars[2].range}. */
  private String fieldPath() {
    final StringBuilder sb = new StringBuilder();
    for (Object part : path) {
      if (part instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        final String key = part.toString();
        sb.append(sb.isEmpty() ? "" : ".")
            .append(key.length() <= 40 ? key : key.substring(0, 37) + "...");
      }
    }
    return sb.toString();
  }

  /** YAML: the limits Jackson enforces for JSON only, with the same words, at the scalar. */
  private void checkYamlScalar(
      final String value, final boolean number, final int line, final int col) {
    if (number && digits(value) > MAX_NUMBER_DIGITS) {
      throw InputException.of(file, line, col, fieldPath(), NUMBER_MESSAGE);
    }
    if (value.length() > MAX_STRING_CHARS) {
      throw InputException.of(file, line, col, fieldPath(), STRING_MESSAGE);
    }
  }

  /** The digits of a number as YAML writes it: decimal, or hexadecimal after {@code 0x}. */
  private static int digits(final String number) {
    final String s =
        number.startsWith("+") || number.startsWith("-") ? number.substring(1) : number;
    final boolean hex = s.startsWith("0x") || s.startsWith("0X");
    int n = 0;
    for (int i = hex ? 2 : 0; i < s.length(); i++) {
      final char c = s.charAt(i);
      if (c >= '0' && c <= '9' || hex && Character.digit(c, 16) >= 0) {
        n++;
      }
    }
    return n;
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
        final boolean yaml = p instanceof YAMLParser;
        while (true) {
          if (!yaml) {
            beforeName = p.currentLocation();
          }
          final JsonToken next = p.nextToken();
          beforeName = null;
          if (next != JsonToken.FIELD_NAME) {
            break;
          }
          final JsonLocation kl = p.currentTokenLocation();
          final String key = p.currentName();
          if (yaml && key.length() > MAX_STRING_CHARS) {
            throw InputException.of(
                file, kl.getLineNr(), kl.getColumnNr(), fieldPath(), STRING_MESSAGE);
          }
          path.add(key);
          p.nextToken();
          final Node value = readValue(p, depth + 1);
          path.remove(path.size() - 1);
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
        while (true) {
          path.add(items.size());
          if (p.nextToken() == JsonToken.END_ARRAY) {
            path.remove(path.size() - 1);
            break;
          }
          items.add(readValue(p, depth + 1));
          path.remove(path.size() - 1);
        }
        node = new Node.ListNode(line, col, items);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        final String number = p.getText();
        if (p instanceof YAMLParser) {
          checkYamlScalar(number, true, line, col);
        }
        node = new Node.Scalar(line, col, number, Node.Kind.NUMBER);
      }
      case VALUE_TRUE, VALUE_FALSE ->
          node = new Node.Scalar(line, col, p.getText(), Node.Kind.BOOLEAN);
      case VALUE_NULL -> node = new Node.Scalar(line, col, "", Node.Kind.NULL);
      case VALUE_STRING -> {
        final String string = p.getText();
        if (p instanceof YAMLParser) {
          checkYamlScalar(string, false, line, col);
        }
        node = new Node.Scalar(line, col, string, Node.Kind.STRING);
      }
      default -> throw InputException.of(file, line, col, "", "unsupported content: " + t);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
      sizes.put(node, (int) Math.min(Integer.MAX_VALUE, nodeCount - before));
    }
    return node;
  }
}
