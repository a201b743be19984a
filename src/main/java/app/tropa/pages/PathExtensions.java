package app.tropa.pages;

import app.tropa.curriculum.Node;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;

/** Computed values the path templates show. */
@TemplateExtension
public class PathExtensions {

    private PathExtensions() {
    }

    /** The message key of a step's status, for {@code msg:message(...)}. */
    static String statusKey(app.tropa.progress.ProgressJson.NodeState state) {
        return "status_" + state.status().code();
    }

    /** Effort in hours without a trailing ".0": 3, 1.5. */
    static String effort(Node node) {
        return BigDecimal.valueOf(node.effortHours()).stripTrailingZeros().toPlainString();
    }
}
