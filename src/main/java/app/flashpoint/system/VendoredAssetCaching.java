package app.flashpoint.system;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * KaTeX's files (assets/katex, written by scripts/vendor-katex.sh) change only when another version is vendored,
 * not with each release as the app's own assets do (those keep Micronaut's minute): a day in any cache, as the
 * favicon. Its fonts are most of a math page's bytes.
 */
@ServerFilter("/assets/katex/**")
class VendoredAssetCaching {
    static final String CACHE = "public, max-age=86400";

    @ResponseFilter
    void cache(MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.OK || response.getStatus() == HttpStatus.NOT_MODIFIED) {
            // Micronaut's Expires (a minute) still follows; max-age wins over it in every cache
            response.getHeaders().set("Cache-Control", CACHE);
        }
    }
}
