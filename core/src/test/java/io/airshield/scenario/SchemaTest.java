package io.airshield.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema and the reader describe the same format: the embedded scenarios and the small
 * complete test scenario validate; every object of the schema lists exactly the fields the reader
 * knows there; and dropping any one field makes the reader and the schema agree on whether the file
 * is still good.
 */
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ODD = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz";
  private static JsonNode schemaTree;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schemaTree = JSON.readTree(ScenarioSchema.json());
    final SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ScenarioSchema.json(), config);
  }

  static Stream<String> names() {
    return EmbeddedScenarios.names().stream();
  }

  @Test
  void schemaIsAValidDraft202012Schema() {
    final JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012));
    assertThat(meta.validate(schemaTree)).isEmpty();
    assertThat(schemaTree.path("$schema").asText()).isEqualTo(SchemaId.V202012);
  }

  @ParameterizedTest
  @MethodSource("names")
  void embeddedScenariosValidate(final String name) {
    final Node root = SourceTree.parse(name, EmbeddedScenarios.bytes(name), ReadLimits.DEFAULT);
    assertThat(messages(toJson(root))).isEmpty();
  }

  @Test
  void smallScenarioValidatesAndReads() {
    assertThat(messages(small())).isEmpty();
    assertThat(ScenarioReader.read("small.yaml", smallBytes()).id()).isEqualTo("small");
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() {
    final ObjectNode doc = small();
    ((ObjectNode) doc.get("repair")).put("crewz", 3);
    assertThat(messages(doc)).isNotEmpty();
    ((ObjectNode) doc.get("repair")).remove("crewz");
    ((ObjectNode) doc.get("places").get(0)).put("kind", "airport");
    assertThat(messages(doc)).isNotEmpty();
    ((ObjectNode) doc.get("places").get(0)).put("kind", "airfield");
    ((ObjectNode) doc.get("places").get(0)).put("lat", 91);
    assertThat(messages(doc)).isNotEmpty();
  }

  private static final List<String> CITY_FIELDS = List.of("value", "radiusKm", "hitAreaKm2");

  /** Each object's fields in the schema are exactly those the reader knows there. */
  @Test
  void everyObjectListsTheReadersFields() {
    final List<String> seen = new ArrayList<>();
    forEachObject(
        small(),
        "",
        (path, obj) -> {
          final JsonNode s = schemaAt(path);
          final Set<String> schemaFields = new TreeSet<>();
          s.path("properties").fieldNames().forEachRemaining(schemaFields::add);
          final Set<String> used = new TreeSet<>();
          obj.fieldNames().forEachRemaining(used::add);
          final Set<String> allFields = new TreeSet<>(schemaFields);
          if (path.equals("targets[0]")) {
            // a city's fields belong to kind city alone (issue 19): the bridge first in the list
            // cannot have them, so small.yaml's city target shows them to the schema and reader
            final ObjectNode city = (ObjectNode) small().get("targets").get(2);
            assertThat(city.get("kind").asText()).isEqualTo("city");
            for (String k : CITY_FIELDS) {
              assertThat(city.has(k)).as("small.yaml's city has " + k).isTrue();
              assertThat(schemaFields.remove(k)).as("the schema has " + k).isTrue();
            }
          }
          assertThat(used)
              .as("small.yaml uses every schema field at " + path)
              .isEqualTo(schemaFields);
          assertThat(readerFields(path)).as("reader's fields at " + path).isEqualTo(allFields);
          seen.add(path);
        });
    assertThat(seen)
        .contains(
            "",
            "period",
            "theatre",
            "sources[0]",
            "places[0]",
            "railLines[0]",
            "targets[0]",
            "weather[0]",
            "weather[0].months[0]",
            "aircraftTypes[0]",
            "commandPosts[0]",
            "radars[0]",
            "fighterUnits[0]",
            "gunTypes[0]",
            "aaUnits[0]",
            "aaUnits[0].guns[0]",
            "repair",
            "missions[0]",
            "missions[0].targets[0]",
            "missions[0].adaptation");
    // every object definition of the schema was visited
    final Set<String> defs = new TreeSet<>();
    schemaTree.path("$defs").fieldNames().forEachRemaining(defs::add);
    final Set<String> visitedDefs =
        seen.stream()
            .map(SchemaTest::defOf)
            .filter(d -> !d.isEmpty())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(visitedDefs).isEqualTo(defs);
  }

  /**
   * Dropping any one field: the reader accepts the file exactly when the schema does, except where
   * only the reader can tell (a reference to items that are gone).
   */
  @Test
  void requiredFieldsAgree() {
    final Set<String> referenceOnly = Set.of("gunTypes");
    final List<String> disagreements = new ArrayList<>();
    final int[] checked = {0};
    forEachObject(
        small(),
        "",
        (path, obj) -> {
          final List<String> keys = new ArrayList<>();
          obj.fieldNames().forEachRemaining(keys::add);
          for (String key : keys) {
            final String where = path.isEmpty() ? key : path + "." + key;
            if (referenceOnly.contains(where)) {
              continue;
            }
            final ObjectNode doc = small();
            ((ObjectNode) locate(doc, path)).remove(key);
            final boolean schemaOk = messages(doc).isEmpty();
            boolean readerOk = true;
            try {
              ScenarioReader.read("t.json", JSON.writeValueAsBytes(doc));
            } catch (InputException e) {
              readerOk = false;
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
            checked[0]++;
            if (schemaOk != readerOk) {
              disagreements.add(where + ": schema " + schemaOk + ", reader " + readerOk);
            }
          }
        });
    assertThat(disagreements).isEmpty();
    assertThat(checked[0]).isGreaterThan(150);
  }

  /**
   * Emptying any one list (issue 18: {@code targets: []} passed and then crashed the engine): the
   * reader accepts the file exactly when the schema does, and the lists the engine indexes have a
   * minimum size in both.
   */
  @Test
  void emptyListsAgree() {
    final List<String> disagreements = new ArrayList<>();
    final List<String> refused = new ArrayList<>();
    forEachList(
        small(),
        "",
        (path, parent, key) -> {
          final ObjectNode doc = small();
          ((ObjectNode) locate(doc, path)).set(key, JsonNodeFactory.instance.arrayNode());
          final String where = path.isEmpty() ? key : path + "." + key;
          final boolean schemaOk = messages(doc).isEmpty();
          boolean readerOk = true;
          boolean referencesOnly = false;
          try {
            ScenarioReader.read("t.json", JSON.writeValueAsBytes(doc));
          } catch (InputException e) {
            readerOk = false;
            // only the reader can tell that a reference now points at an item that is gone
            referencesOnly =
                e.problems().stream().allMatch(p -> p.message().startsWith("unknown "));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          if (schemaOk != readerOk && !(schemaOk && referencesOnly)) {
            disagreements.add(where + ": schema " + schemaOk + ", reader " + readerOk);
          }
          if (!readerOk && !referencesOnly) {
            refused.add(where);
          }
        });
    assertThat(disagreements).isEmpty();
    assertThat(refused)
        .contains(
            "places",
            "railLines[0].nodes",
            "weather[0].months",
            "missions[0].entries",
            "missions[0].targets");
  }

  private interface ListVisitor {
    void visit(String path, ObjectNode parent, String key);
  }

  private static void forEachList(final JsonNode n, final String path, final ListVisitor v) {
    if (n instanceof ObjectNode o) {
      final Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        final Map.Entry<String, JsonNode> e = it.next();
        final String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (e.getValue() instanceof ArrayNode) {
          v.visit(path, o, e.getKey());
        }
        forEachList(e.getValue(), p, v);
      }
    } else if (n instanceof ArrayNode a && a.size() > 0) {
      forEachList(a.get(0), path + "[0]", v);
    }
  }

  // ------------------------------------------------------------------------- helpers

  private static Set<String> messages(final JsonNode doc) {
    return schema.validate(doc).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static byte[] smallBytes() {
    try (InputStream in = SchemaTest.class.getResourceAsStream("small.yaml")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode small() {
    return (ObjectNode) toJson(SourceTree.parse("small.yaml", smallBytes(), ReadLimits.DEFAULT));
  }

  /** The located tree as JSON, scalars typed as the reader sees them. */
  static JsonNode toJson(final Node n) {
    final JsonNodeFactory f = JsonNodeFactory.instance;
    if (n instanceof Node.MapNode m) {
      final ObjectNode o = f.objectNode();
      m.entries().forEach((k, v) -> o.set(k, toJson(v)));
      return o;
    }
    if (n instanceof Node.ListNode l) {
      final ArrayNode a = f.arrayNode();
      l.items().forEach(i -> a.add(toJson(i)));
      return a;
    }
    final Node.Scalar s = (Node.Scalar) n;
    return switch (s.kind()) {
      case NUMBER ->
          s.text().matches("[-+]?[0-9]+")
              ? f.numberNode(Long.parseLong(s.text()))
              : f.numberNode(Double.parseDouble(s.text()));
      case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text()));
      case NULL -> f.nullNode();
      default -> f.textNode(s.text());
    };
  }

  private interface ObjectVisitor {
    void visit(String path, ObjectNode obj);
  }

  private static void forEachObject(final JsonNode n, final String path, final ObjectVisitor v) {
    if (n instanceof ObjectNode o) {
      v.visit(path, o);
      final Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        final Map.Entry<String, JsonNode> e = it.next();
        forEachObject(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), v);
      }
    } else if (n instanceof ArrayNode a && a.size() > 0) {
      // the first item stands for all: the same definition applies to every item
      forEachObject(a.get(0), path + "[0]", v);
    }
  }

  private static List<String> steps(final String path) {
    final List<String> out = new ArrayList<>();
    if (path.isEmpty()) {
      return out;
    }
    for (String part : path.split("\\.")) {
      final int b = part.indexOf('[');
      if (b < 0) {
        out.add(part);
      } else {
        out.add(part.substring(0, b));
        out.add("[]");
      }
    }
    return out;
  }

  private static JsonNode locate(final JsonNode doc, final String path) {
    JsonNode n = doc;
    for (String s : steps(path)) {
      n = s.equals("[]") ? n.get(0) : n.get(s);
    }
    return n;
  }

  private static JsonNode deref(final JsonNode s) {
    final String ref = s.path("$ref").asText("");
    return ref.isEmpty() ? s : schemaTree.at(ref.substring(1));
  }

  private static JsonNode schemaAt(final String path) {
    JsonNode s = schemaTree;
    for (String step : steps(path)) {
      s = step.equals("[]") ? deref(s).path("items") : deref(s).path("properties").path(step);
    }
    return deref(s);
  }

  private static String defOf(final String path) {
    JsonNode s = schemaTree;
    String def = "";
    for (String step : steps(path)) {
      s = step.equals("[]") ? deref(s).path("items") : deref(s).path("properties").path(step);
      final String ref = s.path("$ref").asText("");
      def = ref.isEmpty() ? "" : ref.substring(ref.lastIndexOf('/') + 1);
    }
    return def;
  }

  /** The fields the reader knows at a path, from its hint for an unknown field there. */
  private static Set<String> readerFields(final String path) {
    final ObjectNode doc = small();
    ((ObjectNode) locate(doc, path)).put(ODD, 1);
    final String field = path.isEmpty() ? ODD : path + "." + ODD;
    try {
      ScenarioReader.read("t.json", JSON.writeValueAsBytes(doc));
    } catch (InputException e) {
      for (InputProblem p : e.problems()) {
        if (p.field().equals(field) && p.message().equals("unknown field")) {
          final String hint = p.hint();
          assertThat(hint).startsWith("Known fields here: ").endsWith(".");
          final String list = hint.substring("Known fields here: ".length(), hint.length() - 1);
          return new TreeSet<>(List.of(list.split(", ")));
        }
      }
      throw new AssertionError("no unknown-field problem at " + field + ": " + e.problems());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    throw new AssertionError("the reader accepted an unknown field at " + field);
  }

  @Test
  void schemaTextIsUtf8Json() {
    assertThat(ScenarioSchema.json().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    assertThat(schemaTree.path("additionalProperties").asBoolean(true)).isFalse();
  }
}
