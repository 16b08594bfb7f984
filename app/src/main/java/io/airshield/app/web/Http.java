package io.airshield.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airshield.report.JsonReport;
import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;

/**
 * What every resource of the web API shares: the JSON mapper, the bounded reading of a request's
 * body and of its JSON fields (refused, never coerced), and the error answers ({@code {"error":
 * ...}}, or a 422 with a file's problems), so every route answers a mistake alike.
 */
final class Http {
  /** The JSON mapper of every answer (the reports' own). */
  static final ObjectMapper JSON = JsonReport.mapper();

  private Http() {}

  static Double finite(final double v) {
    return Double.isFinite(v) ? v : null;
  }

  static void error(final Context ctx, final int status, final String message) {
    ctx.status(status)
        .contentType("application/json")
        .result(
            json(
                Map.of(
                    "error",
                    message == null || message.isEmpty()
                        ? HttpStatus.forStatus(status).getMessage()
                        : message)));
  }

  static String json(final Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of a file other than a scenario, to be answered with a 422 naming it. */
  static final class FileProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the file is, e.g. "pool". */
    final String what;

    /** Its problems. */
    final transient InputException problems;

    FileProblems(final String what, final InputException problems) {
      super(what + " has problems", null, false, false);
      this.what = what;
      this.problems = problems;
    }
  }

  /** 422: the {@code what} has problems, each with its line, column, field, message and hint. */
  static void problems(final Context ctx, final String what, final InputException e) {
    ctx.status(422).json(Map.of("error", "the " + what + " has problems", "problems", problems(e)));
  }

  /** A duration as the messages give it: {@code 10 s}, or {@code 250 ms} below whole seconds. */
  static String seconds(final java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /**
   * A request's body, at most {@link #WebServer.MAX_BODY} bytes however it is sent: Javalin's own
   * limit reads only the Content-Length, so a chunked body was read whole, however large (issue
   * 18).
   */
  static byte[] body(final Context ctx) {
    if (ctx.contentLength() > WebServer.MAX_BODY) {
      throw new HttpResponseException(
          413, "request body larger than " + WebServer.MAX_BODY + " bytes");
    }
    try {
      final byte[] b = ctx.bodyInputStream().readNBytes((int) WebServer.MAX_BODY + 1);
      if (b.length > WebServer.MAX_BODY) {
        throw new HttpResponseException(
            413, "request body larger than " + WebServer.MAX_BODY + " bytes");
      }
      return b;
    } catch (BadMessageException e) {
      // Jetty's answer to a body slower than MIN_BODY_BYTES_PER_SECOND or IO_TIMEOUT_MS
      throw new HttpResponseException(
          e.getCode() == 408 ? 408 : 400, "request body too slow or broken; send it at once");
    } catch (IOException e) {
      throw new HttpResponseException(408, "request body too slow or broken; send it at once");
    }
  }

  /** A whole number field of a JSON body; text, fractions and booleans are refused, not coerced. */
  static long wholeNumber(final JsonNode body, final String field, final long dflt) {
    final JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new HttpResponseException(
          400, field + " must be a whole number, not " + clip(v.toString()));
    }
    return v.asLong();
  }

  /** A text field of a JSON body. */
  static String text(final JsonNode body, final String field, final String dflt) {
    final JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isTextual()) {
      throw new HttpResponseException(400, field + " must be a text, not " + clip(v.toString()));
    }
    return v.asText();
  }

  /** A true/false field of a JSON body. */
  static boolean bool(final JsonNode body, final String field, final boolean dflt) {
    final JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isBoolean()) {
      throw new HttpResponseException(
          400, field + " must be true or false, not " + clip(v.toString()));
    }
    return v.asBoolean();
  }

  static long longParam(
      final Context ctx, final String name, final long dflt, final long lo, final long hi) {
    final String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return dflt;
    }
    try {
      final long x = Long.parseLong(v);
      if (x < lo || x > hi) {
        throw new HttpResponseException(400, name + " must be from " + lo + " to " + hi);
      }
      return x;
    } catch (NumberFormatException e) {
      throw new HttpResponseException(
          400, name + " must be a whole number, not \"" + clip(v) + "\"");
    }
  }

  static List<Map<String, Object>> problems(final InputException e) {
    final List<Map<String, Object>> out = new ArrayList<>();
    for (InputProblem p : e.problems()) {
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", p.line());
      m.put("column", p.column());
      m.put("field", p.field());
      m.put("message", p.message());
      m.put("hint", p.hint());
      out.add(m);
    }
    return out;
  }

  static String clip(final String s) {
    final String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return t.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
