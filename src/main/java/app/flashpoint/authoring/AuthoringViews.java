package app.flashpoint.authoring;

/** Where the authoring pages send the instructor back to after a change. */
final class AuthoringViews {
    private AuthoringViews() {
    }

    static String deckPath(String slug) {
        return "/author/decks/" + slug;
    }
}
