package app.flashpoint.system;

/** Something named in the URL does not exist; answered with 404 (JSON for the API, a page otherwise). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, String name) {
        return new NotFoundException("No " + what + " named '" + name + "'");
    }
}
