package io.airshield.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skeleton every report page shares: the polyglot XHTML head with the inline style sheet, and
 * the footer. One place for it, so that the assessment's page and the reinforcement's look alike
 * and both stay self-contained (no script, font, image or outside link) and well-formed XML.
 */
final class Page {
  private Page() {}

  /** The style sheet, inline so the page opens offline; print-friendly, no web font. */
  static final String CSS =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
      margin:0 auto;max-width:1000px;padding:16px 24px;color:#111;background:#fff}
      h1{font-size:24px;margin:8px 0 4px}h2{font-size:19px;margin:28px 0 8px;
      border-bottom:2px solid #333}p.meta{color:#444;margin:0 0 12px}
      table{border-collapse:collapse;margin:8px 0;width:100%}
      th,td{border-bottom:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .headline{font-size:18px;border:2px solid #333;padding:8px 12px;margin:12px 0}
      svg{display:block;width:100%;height:auto;margin:8px 0}
      svg.chart{max-width:680px;border:1px solid #ddd}
      .lbl{font:12px system-ui,Helvetica,Arial,sans-serif;fill:#111}
      .small{font-size:10px}.b{font-weight:bold}
      .rail-lbl{font-weight:bold;paint-order:stroke;stroke:#fff;stroke-width:3px}
      .reinf-lbl{fill:#6a3d9a;font-weight:bold;paint-order:stroke;stroke:#fff;stroke-width:3px}
      .reinf{fill:#6a3d9a}
      .halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
      .wk-n{fill:#fff;font-weight:bold}.weak-lbl{fill:#b2182b}.grat{fill:#577}
      .entry-lbl{fill:#444;font-style:italic}.leader{stroke-dasharray:none}
      tr.best td{background:#f0ebf7}.sub{color:#555;font-size:12px}
      pre.request{white-space:pre-wrap;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;
      border:1px solid #ccc;background:#fafafa;padding:10px 12px}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(440px,100%),1fr));gap:8px}
      #daily td{white-space:nowrap}
      .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
      .mapwrap{overflow-x:auto;max-width:100%}.mapwrap svg.map{min-width:640px}
      code{overflow-wrap:anywhere}
      footer{color:#555;font-size:12px;margin-top:32px;border-top:1px solid #ccc}
      @media (max-width:600px){body{padding:8px 10px}h1{font-size:20px}
      th,td{padding:3px 5px}.headline{font-size:16px}
      table.reflow thead,.cards thead{display:none}table.reflow tr,.cards tr{display:block;border-bottom:1px solid #888;
      padding:4px 0}table.reflow td,.cards td{display:flex;justify-content:space-between;gap:10px;
      border:none;padding:1px 2px;text-align:right;white-space:normal}
      table.reflow td::before,.cards td::before{content:attr(data-label);font-weight:600;text-align:left;
      color:#333}}
      @media print{svg.chart{break-inside:avoid}.mapwrap svg.map{min-width:0}}
      """;

  private static final Pattern TABLE = Pattern.compile("<table[ >].*?</table>", Pattern.DOTALL);
  private static final Pattern TH = Pattern.compile("<th[^>]*>(.*?)</th>", Pattern.DOTALL);

  /**
   * Gives every cell of each table a {@code data-label} with its column's heading, so that on a
   * narrow screen the tables of class {@code reflow} (or inside a {@code div.cards}; CSS above)
   * reflow each row into a card of "heading: value" lines instead of a table wider than the phone.
   *
   * @param html a page
   * @return the page with the cells labelled
   */
  static String reflow(final String html) {
    final Matcher t = TABLE.matcher(html);
    final StringBuilder out = new StringBuilder(html.length() + 8192);
    while (t.find()) {
      final String table = t.group();
      final int body = table.indexOf("<tbody>");
      final List<String> heads = new ArrayList<>();
      final Matcher th = TH.matcher(table.substring(0, Math.max(0, body)));
      while (th.find()) {
        heads.add(th.group(1).replaceAll("<[^>]*>", ""));
      }
      final StringBuilder b = new StringBuilder(table.substring(0, Math.max(0, body)));
      int col = 0;
      int i = Math.max(0, body);
      while (i < table.length()) {
        if (table.startsWith("<tr", i)) {
          col = 0;
        }
        if (table.startsWith("<td", i) && col < heads.size()) {
          b.append("<td data-label=\"").append(heads.get(col++)).append('"');
          i += 3;
          continue;
        }
        b.append(table.charAt(i++));
      }
      t.appendReplacement(out, Matcher.quoteReplacement(b.toString()));
    }
    t.appendTail(out);
    return out.toString();
  }

  /**
   * @param title the page's title (escaped here)
   * @return the page from its doctype to the opening body tag
   */
  static String head(final String title) {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
        + "<head>\n<meta charset=\"utf-8\"/>\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        + "<title>"
        + Svg.esc(title)
        + "</title>\n<style>"
        + CSS
        + "</style>\n</head>\n"
        + "<body>\n";
  }

  /**
   * @param generated a line saying when and how the page was made (the caller's), or empty
   * @return the footer and the closing tags
   */
  static String foot(final String generated) {
    return "<footer><p>Made by airshield"
        + (generated == null || generated.isEmpty() ? "" : "; " + Svg.esc(generated))
        + ". Base map: Natural Earth 1:50m (public domain)."
        + "</p></footer>\n</body>\n</html>\n";
  }
}
