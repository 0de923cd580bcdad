package app.flashpoint.cram;

import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.card.DeckCards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The finished page: how many cards, how many answers it took, and per key point what needed repeating. */
record CramSummary(int cards, int answers, int firstTime, List<Row> keyPoints) {

    record Row(String title, int cards, int firstTime, int wrong) {
    }

    static CramSummary of(DeckCards deck, List<CramCardRow> rows) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (KeyPoint k : deck.deck().keyPoints()) {
            titles.put(k.id(), k.title());
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        int answers = 0;
        int firstTime = 0;
        for (CramCardRow row : rows) {
            // a card whose item left the deck since the session began still counts, under its item id
            String keyPoint = deck.card(row.cardId()).map(c -> titles.getOrDefault(c.keyPoint(), c.keyPoint()))
                    .orElse(row.itemId());
            int[] c = counts.computeIfAbsent(keyPoint, k -> new int[3]);
            c[0]++;
            c[1] += row.wrong() == 0 ? 1 : 0;
            c[2] += row.wrong();
            answers += row.attempts();
            firstTime += row.wrong() == 0 ? 1 : 0;
        }
        var list = new ArrayList<Row>();
        counts.forEach((title, c) -> list.add(new Row(title, c[0], c[1], c[2])));
        return new CramSummary(rows.size(), answers, firstTime, list);
    }
}
