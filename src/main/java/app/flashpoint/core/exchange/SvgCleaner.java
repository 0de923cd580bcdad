package app.flashpoint.core.exchange;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SVG from an imported package, kept only as drawing: jsoup's {@link Cleaner} with a safelist of SVG's shape, text,
 * gradient and grouping elements and their presentation attributes, so scripts, event handlers, foreign HTML,
 * style sheets, external images and links are gone. References may only point inside the file ({@code #id},
 * {@code url(#id)}): anything else could fetch from elsewhere. (Served as a sandboxed image besides.)
 */
public final class SvgCleaner {
    public static final String CONTENT_TYPE = "image/svg+xml";

    private static final String[] ELEMENTS = {"svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect",
            "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "linearGradient",
            "radialGradient", "stop", "clipPath", "mask", "pattern", "marker"};
    private static final String[] ATTRIBUTES = {"xmlns", "version", "id", "class", "viewBox", "preserveAspectRatio",
            "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points",
            "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
            "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit",
            "opacity", "color", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
            "dominant-baseline", "letter-spacing", "dx", "dy", "offset", "stop-color", "stop-opacity",
            "gradientUnits", "gradientTransform", "spreadMethod", "fx", "fy", "clip-path", "clip-rule", "mask",
            "maskUnits", "maskContentUnits", "clipPathUnits", "patternUnits", "patternContentUnits",
            "patternTransform", "markerWidth", "markerHeight", "refX", "refY", "orient", "marker-start",
            "marker-mid", "marker-end", "href", "xlink:href", "xmlns:xlink", "visibility", "display"};
    private static final Safelist SAFELIST = new Safelist().addTags(ELEMENTS).addAttributes(":all", ATTRIBUTES);
    private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*([^)'\"\\s]*)");
    /** Enough of a file to tell an SVG by its start (a declaration, comments, a doctype, then the root). */
    private static final int SNIFF = 1024;

    private SvgCleaner() {
    }

    /** True when the file starts as an SVG document (told by content, not by name). */
    public static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<svg") || (head.startsWith("<?xml") || head.startsWith("<!--")
                || head.startsWith("<!doctype svg")) && head.contains("<svg");
    }

    /** The drawing without anything active, or empty when the file is no SVG (its root is not {@code <svg>}). */
    public static Optional<byte[]> clean(byte[] bytes) {
        Document parsed = Parser.xmlParser().settings(ParseSettings.preserveCase)
                .parseInput(new String(bytes, StandardCharsets.UTF_8), "");
        Element root = parsed.children().stream().filter(e -> e.tagName().equals("svg")).findFirst().orElse(null);
        if (root == null) {
            return Optional.empty();
        }
        // their text would survive the safelist as loose text; the elements go whole
        root.select("script, style, foreignObject").remove();
        Document shell = Document.createShell("");
        shell.body().appendChild(root.clone());
        Document clean = new Cleaner(SAFELIST).clean(shell);
        for (Element e : clean.body().getAllElements()) {
            for (String name : new String[]{"href", "xlink:href"}) {
                if (e.hasAttr(name) && !e.attr(name).strip().startsWith("#")) {
                    e.removeAttr(name);
                }
            }
            e.attributes().asList().stream()
                    .filter(a -> URL.matcher(a.getValue()).results().anyMatch(m -> !m.group(1).startsWith("#")))
                    .map(org.jsoup.nodes.Attribute::getKey).toList().forEach(e::removeAttr);
        }
        clean.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .charset(StandardCharsets.UTF_8);
        Element svg = clean.body().children().first();
        if (svg == null || !svg.tagName().equals("svg")) {
            return Optional.empty();
        }
        if (!svg.hasAttr("xmlns")) {
            svg.attr("xmlns", "http://www.w3.org/2000/svg");
        }
        return Optional.of(svg.outerHtml().getBytes(StandardCharsets.UTF_8));
    }
}
