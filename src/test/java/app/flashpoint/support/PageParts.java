package app.flashpoint.support;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads what a test needs out of a rendered card page: the card shown and a form's hidden fields. */
public final class PageParts {
    private static final Pattern CARD = Pattern.compile("data-card=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private PageParts() {
    }

    /** The id of the card the page shows; fails the test when it shows none. */
    public static String shownCard(HttpResponse<String> page) {
        Matcher m = CARD.matcher(page.body());
        assertThat(m.find()).as("a card is shown: " + page.statusCode()).isTrue();
        return m.group(1);
    }

    /** The hidden inputs of the form with id {@code formId}, unescaped. */
    public static Map<String, String> hiddenFields(String html, String formId) {
        String form = html.substring(html.indexOf("id=\"" + formId + "\""));
        form = form.substring(0, form.indexOf("</form>"));
        Matcher m = HIDDEN.matcher(form);
        var fields = new HashMap<String, String>();
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&#39;", "'"));
        }
        return fields;
    }
}
