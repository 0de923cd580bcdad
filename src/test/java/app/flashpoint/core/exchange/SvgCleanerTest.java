package app.flashpoint.core.exchange;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SvgCleanerTest {
    private static final String HOSTILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20"
                 onload="alert(1)">
              <script>alert(2)</script>
              <style>rect { fill: url(https://evil.example/x) }</style>
              <defs><linearGradient id="sky"><stop offset="0" stop-color="#08f"/></linearGradient></defs>
              <rect x="1" y="1" width="18" height="18" fill="url(#sky)" onclick="alert(3)"/>
              <circle cx="30" cy="10" r="8" fill="url(https://evil.example/track)"/>
              <a href="javascript:alert(4)"><text x="2" y="15">&secret;Cell</text></a>
              <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
              <image href="https://evil.example/pixel.png" width="1" height="1"/>
              <use xlink:href="#sky"/><use href="https://evil.example/sprite.svg#a"/>
            </svg>
            """;

    private static String clean(String svg) {
        return new String(SvgCleaner.clean(svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void keepsTheDrawingAndDropsEverythingActive() {
        String out = clean(HOSTILE);
        assertThat(out).startsWith("<svg").contains("viewBox=\"0 0 40 20\"").contains("<linearGradient id=\"sky\">")
                .contains("fill=\"url(#sky)\"").contains("<circle").contains("secret;Cell</text>")
                .contains("xlink:href=\"#sky\"");
        assertThat(out).doesNotContain("onload").doesNotContain("onclick").doesNotContain("alert")
                .doesNotContain("<script").doesNotContain("<style").doesNotContain("foreignObject")
                .doesNotContain("<image").doesNotContain("evil.example").doesNotContain("javascript")
                .doesNotContain("root:").doesNotContain("ENTITY");
    }

    @Test
    void cleaningIsIdempotent() {
        String once = clean(HOSTILE);
        assertThat(clean(once)).isEqualTo(once);
    }

    @Test
    void onlyFilesThatStartAsSvgAreTakenForOne() {
        assertThat(SvgCleaner.looksLikeSvg(HOSTILE.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(SvgCleaner.looksLikeSvg("<svg/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(SvgCleaner.looksLikeSvg("<html><svg/></html>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(SvgCleaner.looksLikeSvg("<?xml version=\"1.0\"?><note/>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(SvgCleaner.clean("<?xml version=\"1.0\"?><!-- <svg> --><note/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
