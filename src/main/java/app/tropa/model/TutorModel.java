package app.tropa.model;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The learner's own model as the tutor sees it, whatever library reaches it. Every method blocks
 * until the model is done and throws {@link ModelFailure} when it gives no usable answer.
 */
public interface TutorModel {

    /** The names of the models the server has. */
    List<String> models();

    /**
     * The model's reply to the conversation, passing each piece to {@code onText} as it arrives;
     * stops (with {@link ModelFailure.Kind#STOPPED}) once {@code stop} says so, and cuts the reply at
     * {@code maxChars}.
     */
    Reply reply(List<Turn> turns, Consumer<String> onText, BooleanSupplier stop, int maxChars);

    /** The whole reply, and whether it was cut at the length limit. */
    record Reply(String text, boolean cut) {
    }
}
