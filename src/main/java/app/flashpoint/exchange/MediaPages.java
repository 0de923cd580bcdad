package app.flashpoint.exchange;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.deck.DeckAccess;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * An imported deck's images and sounds, by the name its items' text gives them ({@code [image: name]}), for whoever
 * may study the deck. Served with the type found in its bytes, never guessed by the browser.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class MediaPages {
    private final MediaStore media;
    private final DeckAccess access;

    MediaPages(MediaStore media, DeckAccess access) {
        this.media = media;
        this.access = access;
    }

    @Get("/decks/{slug}/media/{name}")
    @Produces(MediaType.ALL)
    HttpResponse<byte[]> file(String slug, String name, @Nullable Authentication authentication) {
        if (!access.maySee(slug, authentication == null ? null : CurrentAccount.of(authentication))) {
            throw NotFoundException.of("deck", slug);
        }
        MediaStore.Stored file = media.find(slug, name).orElseThrow(() -> NotFoundException.of("media file", name));
        return HttpResponse.ok(file.bytes()).contentType(MediaType.of(file.contentType()))
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
    }
}
