package app.flashpoint.core.exchange.text;

import java.util.List;

/**
 * One data row as read: the line it starts on, its note fields in order (the special columns taken out), and
 * the per-row note type, deck and tags, each null or empty when the file does not give them.
 */
record Row(int line, List<String> fields, String notetype, String deck, List<String> tags) {
    Row {
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
    }
}
