package app.flashpoint.core.exchange.moodle;

import java.util.ArrayList;
import java.util.List;

/**
 * A Moodle category path, {@code $course$/top/Algebra/Fractions}: segments split on single slashes ({@code //}
 * is a literal one); the leading {@code $context$} and Moodle's technical root "top" are not topics.
 */
record CategoryPath(List<String> segments) {
    CategoryPath {
        segments = List.copyOf(segments);
    }

    static CategoryPath parse(String path) {
        String s = path.strip().replace("//", "\u0000");
        var segments = new ArrayList<String>();
        for (String part : s.split("/")) {
            String segment = part.replace('\u0000', '/').strip();
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (!segments.isEmpty() && segments.get(0).matches("\\$[a-z]+\\$")) {
            segments.remove(0);
        }
        if (segments.size() > 1 && segments.get(0).equalsIgnoreCase("top")) {
            segments.remove(0);
        }
        return new CategoryPath(segments);
    }

    /** How a writer spells a category for Moodle, under the course's top category. */
    static String write(String... segments) {
        var out = new StringBuilder("$course$/top");
        for (String segment : segments) {
            out.append('/').append(segment.replaceAll("\\s+", " ").strip().replace("/", "//"));
        }
        return out.toString();
    }

    String title() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    String family() {
        return segments.size() < 2 ? "" : String.join("/", segments.subList(0, segments.size() - 1));
    }
}
