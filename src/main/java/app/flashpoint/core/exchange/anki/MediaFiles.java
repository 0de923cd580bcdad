package app.flashpoint.core.exchange.anki;

import java.text.Normalizer;
import java.util.Optional;

/** Media file names and contents as we accept them from a package. */
final class MediaFiles {
    private MediaFiles() {
    }

    /**
     * The name NFC-normalized (as Anki stores it), or empty when it could escape the media folder or hide
     * itself: path separators, {@code .}/{@code ..}, control characters, over 255 characters.
     */
    static Optional<String> safeName(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (n.isBlank() || n.equals(".") || n.equals("..") || n.contains("..") || n.length() > 255
                || n.indexOf('/') >= 0 || n.indexOf('\\') >= 0 || n.indexOf(':') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u202e') {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    /**
     * What the bytes are, by their magic numbers, not their name: the image and audio types a browser plays
     * safely. Everything else (SVG and HTML can carry scripts, and we have no sanitizer yet) is empty.
     */
    static Optional<String> type(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0, 0xff, 0xd8, 0xff)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return Optional.of("image/gif");
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'A', 'V', 'E')) {
            return Optional.of("audio/wav");
        }
        if (starts(b, 0, 'O', 'g', 'g', 'S')) {
            return Optional.of("audio/ogg");
        }
        if (starts(b, 0, 'I', 'D', '3') || (b.length > 1 && (b[0] & 0xff) == 0xff && (b[1] & 0xe0) == 0xe0)) {
            return Optional.of("audio/mpeg");
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return Optional.of("video/mp4");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
