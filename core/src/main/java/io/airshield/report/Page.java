package io.airshield.report;

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
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:8px}
      footer{color:#555;font-size:12px;margin-top:32px;border-top:1px solid #ccc}
      @media print{svg.chart{break-inside:avoid}}
      """;

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
