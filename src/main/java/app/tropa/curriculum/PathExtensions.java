package app.tropa.curriculum;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;

/** Computed values the path templates show. */
@TemplateExtension
public class PathExtensions {

    private PathExtensions() {
    }

    /** Effort in hours without a trailing ".0": 3, 1.5. */
    static String effort(Node node) {
        return BigDecimal.valueOf(node.effortHours()).stripTrailingZeros().toPlainString();
    }
}
