package app.flashpoint.core.exchange.anki;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The derived columns of an Anki note: a deterministic guid, the sort field and the first-field checksum. */
public final class AnkiHashes {
    private static final String BASE91 =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    private AnkiHashes() {
    }

    /**
     * A guid from a stable seed (deck slug and item id): the first 8 bytes of its SHA-256 in Anki's base91,
     * so exporting the same item again updates the note in Anki instead of adding a duplicate.
     */
    public static String guid(String seed) {
        byte[] h = digest("SHA-256", seed);
        long n = 0;
        for (int i = 0; i < 8; i++) {
            n = n << 8 | (h[i] & 0xff);
        }
        var out = new StringBuilder();
        do {
            out.append(BASE91.charAt((int) Long.remainderUnsigned(n, 91)));
            n = Long.divideUnsigned(n, 91);
        } while (n != 0);
        return out.reverse().toString();
    }

    /** Anki's duplicate check: the first 4 bytes (big-endian, unsigned) of SHA-1 of the stripped first field. */
    public static long checksum(String firstFieldHtml) {
        byte[] h = digest("SHA-1", FieldText.stripped(firstFieldHtml));
        return (h[0] & 0xffL) << 24 | (h[1] & 0xffL) << 16 | (h[2] & 0xffL) << 8 | (h[3] & 0xffL);
    }

    public static String sortField(String fieldHtml) {
        return FieldText.stripped(fieldHtml);
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
