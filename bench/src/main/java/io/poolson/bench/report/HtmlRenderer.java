package io.poolson.bench.report;

import java.util.List;

/**
 * Renders the whole report as one self-contained HTML page: inline CSS, inline SVG charts, no
 * scripts, fonts or network resources, so the file can be mailed or opened offline.
 * Stateless and thread-safe.
 */
public final class HtmlRenderer {

    private static final String CSS = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
                   max-width: 1040px; margin: 24px auto; padding: 0 16px; }
            h1 { font-size: 24px; margin-bottom: 4px; }
            h2 { font-size: 19px; margin-top: 36px; border-bottom: 2px solid #2e7d32; padding-bottom: 4px; }
            p { margin: 8px 0; }
            nav { margin: 8px 0 16px; }
            nav a { display: inline-block; margin: 0 16px 4px 0; color: #1565c0; text-decoration: none; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; margin: 8px 0 18px; font-variant-numeric: tabular-nums; }
            caption { text-align: left; font-weight: 600; padding: 4px 0; }
            th, td { padding: 3px 10px; border-bottom: 1px solid #e0e0e0; text-align: right; white-space: nowrap; }
            th { background: #f3f5f7; border-bottom: 1px solid #bbb; }
            th:first-child, td:first-child { text-align: left; }
            tr:hover td { background: #fafafa; }
            pre { background: #f6f8fa; border: 1px solid #e1e4e8; padding: 10px 12px; font-size: 12.5px;
                  overflow-x: auto; line-height: 1.35; }
            svg.chart { display: block; margin: 10px 0 22px; max-width: 100%; height: auto; }
            svg .title { font: 600 14px system-ui, sans-serif; fill: #222; }
            svg .group { font: 600 12.5px system-ui, sans-serif; fill: #444; }
            svg .label { font: 12px system-ui, sans-serif; fill: #333; }
            svg .value { font: 12px system-ui, sans-serif; fill: #555; }
            .env td, .env th { text-align: left; }
            footer { margin-top: 40px; color: #666; font-size: 12.5px; }
            """;

    private final SvgBarChart charts = new SvgBarChart();

    /**
     * The page.
     *
     * @param title    the page title and top heading
     * @param intro    a paragraph under the heading
     * @param env      the environment the figures were measured in
     * @param sections the sections, in order
     * @param footer   a closing note (e.g. the exact JMH command for real figures)
     */
    public String render(String title, String intro, Table env, List<Section> sections, String footer) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p>").append(Html.escape(intro)).append("</p>\n");
        html.append("<nav>");
        for (Section s : sections) {
            html.append("<a href=\"#").append(Html.escape(s.id())).append("\">").append(Html.escape(s.title())).append("</a>");
        }
        html.append("</nav>\n");
        table(html, env, "env");
        for (Section s : sections) {
            html.append("<section id=\"").append(Html.escape(s.id())).append("\">\n<h2>")
                    .append(Html.escape(s.title())).append("</h2>\n");
            for (Block b : s.blocks()) {
                block(html, b);
            }
            html.append("</section>\n");
        }
        html.append("<footer>").append(Html.escape(footer)).append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private void block(StringBuilder html, Block b) {
        if (b instanceof Block.Paragraph p) {
            html.append("<p>").append(Html.escape(p.text())).append("</p>\n");
        } else if (b instanceof Block.Listing l) {
            html.append("<pre>").append(Html.escape(l.text().stripTrailing())).append("</pre>\n");
        } else if (b instanceof Table t) {
            table(html, t, "");
        } else if (b instanceof BarChart c) {
            html.append(charts.render(c));
        }
    }

    private static void table(StringBuilder html, Table t, String cssClass) {
        // A table wider than the page (the fidelity table's outputs) scrolls on its own, not the page.
        html.append("<div class=\"scroll\">");
        html.append(cssClass.isEmpty() ? "<table>" : "<table class=\"" + cssClass + "\">");
        if (!t.caption().isEmpty()) {
            html.append("<caption>").append(Html.escape(t.caption())).append("</caption>");
        }
        html.append("\n<thead><tr>");
        for (String h : t.header()) {
            html.append("<th>").append(Html.escape(h)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }
}
