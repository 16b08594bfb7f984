package io.airshield.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.airshield.assessment.Assessment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The assessment as JSON, field for field; NaN (no data) is written as null. */
public final class JsonReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .registerModule(
              new com.fasterxml.jackson.databind.module.SimpleModule()
                  .addSerializer(Double.class, new NanAsNull())
                  .addSerializer(double.class, new NanAsNull()));

  private JsonReport() {}

  /**
   * @param a the assessment
   * @param out where to write
   */
  public static void write(final Assessment a, final Writer out) {
    try {
      MAPPER.writeValue(out, a);
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the mapper used, for other JSON outputs
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static final class NanAsNull
      extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    NanAsNull() {
      super(Double.class);
    }

    @Override
    public void serialize(
        final Double v,
        final JsonGenerator g,
        final com.fasterxml.jackson.databind.SerializerProvider p)
        throws IOException {
      if (v == null || v.isNaN() || v.isInfinite()) {
        g.writeNull();
      } else {
        g.writeNumber(v);
      }
    }
  }
}
