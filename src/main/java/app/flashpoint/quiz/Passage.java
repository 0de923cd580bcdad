package app.flashpoint.quiz;

import app.flashpoint.core.bank.Item;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A source quote of an item and the link that opens the source reader on it. */
public record Passage(String quote, String href) {
    public static List<Passage> of(Item item) {
        var passages = new ArrayList<Passage>();
        for (int n = 0; n < item.sources().size(); n++) {
            var s = item.sources().get(n);
            // the reader's anchors are q-{item}-{position of the quote in the item}, see deck/Citation
            passages.add(new Passage(s.quote(), "/documents/"
                    + URLEncoder.encode(s.document(), StandardCharsets.UTF_8).replace("+", "%20")
                    + "#q-" + item.id() + "-" + n));
        }
        return passages;
    }
}
