package app.flashpoint.authoring;

import app.flashpoint.system.StoredJson;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.generate.draft.DraftGenerator;
import app.flashpoint.core.generate.draft.DraftItem;
import app.flashpoint.core.generate.draft.DraftKeyPoint;
import app.flashpoint.core.generate.draft.Drafts;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A deck's review queue: a new document is stored and attached to the deck, the generator's drafts for it
 * wait here (in item_draft, never in item, so no learner query can meet them) until an instructor approves
 * (it becomes an item), edits (the item form, then approved) or rejects each one.
 */
@Singleton
class DraftQueue {
    private final DraftRepository drafts;
    private final Authoring authoring;
    private final Clock clock;
    private final StoredJson json;

    DraftQueue(DraftRepository drafts, Authoring authoring, Clock clock, StoredJson json) {
        this.json = json;
        this.drafts = drafts;
        this.authoring = authoring;
        this.clock = clock;
    }

    /** A stored draft with its content and sources read back. */
    record Draft(DraftRow row, ItemContent content, List<SourceSpan> sources) {
        public String quote() {
            return sources.get(0).quote();
        }
    }

    /**
     * Runs the generator first (it refuses what is not text, before anything is written), then stores the
     * document and the drafts in one transaction.
     */
    @Transactional
    void propose(AuthoredDeck deck, String name, String title, String text) {
        Drafts proposed = DraftGenerator.generate(name, text);
        authoring.addDocument(deck, name, title, text);
        Map<String, String> keyPointTitles = proposed.keyPoints().stream()
                .collect(Collectors.toMap(DraftKeyPoint::id, DraftKeyPoint::title, (a, b) -> a));
        long now = clock.millis();
        for (DraftItem item : proposed.items()) {
            List<DraftSource> sources = item.sources().stream()
                    .map(s -> new DraftSource(name, s.quote(), s.start(), s.end())).toList();
            drafts.save(new DraftRow(null, deck.slug(), name, keyPointTitles.getOrDefault(item.keyPoint(), title),
                    item.type().yamlName(), json.write(item.content().toMap()), json.write(sources),
                    DraftStatus.PENDING, null, now, null));
        }
    }

    List<Draft> pending(String slug) {
        return drafts.findByDeckSlugAndStatusOrderById(slug, DraftStatus.PENDING).stream().map(this::draft).toList();
    }

    Draft pending(String slug, long id) {
        return drafts.findByIdAndDeckSlug(id, slug).filter(d -> d.status() == DraftStatus.PENDING).map(this::draft)
                .orElseThrow(() -> new NotFoundException("No draft " + id + " waiting in this deck"));
    }

    long decided(String slug) {
        return drafts.countByDeckSlugAndStatus(slug, DraftStatus.APPROVED)
                + drafts.countByDeckSlugAndStatus(slug, DraftStatus.REJECTED);
    }

    void approved(DraftRow row, String itemId) {
        drafts.update(row.decided(DraftStatus.APPROVED, itemId, clock.millis()));
    }

    void rejected(DraftRow row) {
        drafts.update(row.decided(DraftStatus.REJECTED, null, clock.millis()));
    }

    private Draft draft(DraftRow row) {
        ItemType type = ItemType.fromYaml(row.type()).orElseThrow();
        ItemContent content = ItemContent.fromMap(type, json.read(row.content(),
                Argument.mapOf(String.class, Object.class)));
        List<SourceSpan> sources = json.read(row.sources(), Argument.listOf(DraftSource.class)).stream()
                .map(s -> new SourceSpan(s.document(), s.quote(), s.start(), s.end())).toList();
        return new Draft(row, content, sources);
    }
}

