package app.flashpoint.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rendered form's fields as a browser would submit them: text and hidden inputs, checked boxes,
 * textareas and the selected option of each select (the first when none is selected).
 */
public final class FormReader {
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option([^>]*)>", Pattern.DOTALL);

    private FormReader() {
    }

    public static Map<String, String> fields(String html, String formId) {
        int at = html.indexOf("id=\"" + formId + "\"");
        if (at < 0) {
            throw new AssertionError("no form with id " + formId);
        }
        String form = html.substring(at, html.indexOf("</form>", at));
        var fields = new LinkedHashMap<String, String>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String type = attribute(attributes, "type");
            String name = attribute(attributes, "name");
            if (name == null || "file".equals(type)
                    || ("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked")) {
                continue;
            }
            String value = attribute(attributes, "value");
            fields.put(name, value == null ? "" : value);
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.put(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String chosen = null;
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                String value = attribute(option.group(1), "value");
                if (chosen == null || option.group(1).contains("selected")) {
                    chosen = value;
                    if (option.group(1).contains("selected")) {
                        break;
                    }
                }
            }
            fields.put(attribute(select.group(1), "name"), chosen == null ? "" : chosen);
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? unescape(m.group(1)) : null;
    }

    public static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
