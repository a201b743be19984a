package app.tropa.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report file's style sheet, inlined, and the content security policy that goes with it: the
 * file may load nothing at all and apply only this exact style (named by its hash), whether it is
 * opened from the app or from a disk. The same policy is the answer's header.
 */
final class ReportStyle {

    static final String CSS = read("report/report.css");
    static final String POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private ReportStyle() {
    }

    private static String read(String resource) {
        try (InputStream in = ReportStyle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
