package app.flashpoint.study;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.history.CardFlagRow;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NotFoundException;
import app.flashpoint.system.Toasts;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static app.flashpoint.system.PageResponses.view;

/**
 * Suspending, unsuspending and burying a card from the study page (POST forms with CSRF, Post/Redirect/Get), and
 * the deck's list of held cards: suspended ones (each with Unsuspend), leeches kept in study, cards buried today.
 * Only the signed-in learner's own flags, in a deck they may study, on a card of that deck: anything else is a 404.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/study")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class HoldPages {
    private final StudyDecks decks;
    private final Study study;
    private final CsrfGuard csrf;
    private final StudyCache cache;

    HoldPages(StudyDecks decks, Study study, CsrfGuard csrf, StudyCache cache) {
        this.decks = decks;
        this.study = study;
        this.csrf = csrf;
        this.cache = cache;
    }

    @Serdeable
    record HoldForm(@Nullable String card, @Nullable String csrfToken) {
    }

    @Introspected
    record HeldPage(Deck deck, List<HeldCard> suspended, List<HeldCard> leeches, List<HeldCard> buried) {
    }

    @Post(value = "/{slug}/suspend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> suspend(String slug, @Nullable @Body HoldForm form, Authentication authentication,
                            HttpRequest<?> request) {
        Target t = target(slug, form, authentication, request);
        study.suspend(t.accountId, t.deck, t.card, true);
        cache.forget(t.accountId, slug); // committed: this instance rebuilds the queue without the card
        return Toasts.seeOther(studyPath(slug), "Card suspended: it stays out of your study until you unsuspend it.");
    }

    @Post(value = "/{slug}/unsuspend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unsuspend(String slug, @Nullable @Body HoldForm form, Authentication authentication,
                              HttpRequest<?> request) {
        Target t = target(slug, form, authentication, request);
        study.suspend(t.accountId, t.deck, t.card, false);
        cache.forget(t.accountId, slug);
        return Toasts.seeOther(studyPath(slug) + "/suspended", "Card unsuspended: it is back in your study.");
    }

    @Post(value = "/{slug}/bury", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bury(String slug, @Nullable @Body HoldForm form, Authentication authentication,
                         HttpRequest<?> request) {
        Target t = target(slug, form, authentication, request);
        study.bury(t.accountId, t.deck, t.card);
        cache.forget(t.accountId, slug);
        return Toasts.seeOther(studyPath(slug), "Card buried: it comes back on your next study day.");
    }

    @Get("/{slug}/suspended")
    ModelAndView<Map<String, Object>> held(String slug, Authentication authentication) {
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        long accountId = CurrentAccount.of(authentication).id();
        Study.Plan plan = study.plan(accountId, deck);
        long now = study.now();
        var suspended = new ArrayList<HeldCard>();
        var leeches = new ArrayList<HeldCard>();
        var buried = new ArrayList<HeldCard>();
        for (CardFlagRow flag : study.flagged(accountId, slug)) {
            var card = deck.card(flag.cardId());
            if (card.isEmpty()) {
                continue; // an item retired since: nothing to study either way
            }
            HeldCard held = HeldCard.of(deck, card.get(), accountId, plan.state(flag.cardId()).orElse(null), flag, now);
            if (held.suspended()) {
                suspended.add(held);
            } else if (held.leech()) {
                leeches.add(held);
            } else if (held.buried()) {
                buried.add(held);
            }
        }
        Comparator<HeldCard> order = Comparator.comparingInt(h -> deck.ids().indexOf(h.cardId()));
        suspended.sort(order);
        leeches.sort(order);
        buried.sort(order);
        return view("study/suspended", new HeldPage(deck.deck(), suspended, leeches, buried));
    }

    private record Target(long accountId, DeckCards deck, Card card) {
    }

    private Target target(String slug, @Nullable HoldForm form, Authentication authentication, HttpRequest<?> request) {
        // an empty body is a form without its token: refused like one (403)
        csrf.check(request, form == null ? null : form.csrfToken());
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        String cardId = form.card();
        Card card = deck.card(cardId).orElseThrow(() -> NotFoundException.of("card", String.valueOf(cardId)));
        return new Target(CurrentAccount.of(authentication).id(), deck, card);
    }

    static String studyPath(String slug) {
        return "/study/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
