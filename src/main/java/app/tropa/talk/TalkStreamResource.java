package app.tropa.talk;

import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.i18n.RequestLang;
import app.tropa.model.ModelFailure;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The talk page's forms, sent by its script: the learner's message is saved first, then the answer
 * streams back as server-sent events — {@code talk} (the id), {@code text} (each piece), then
 * {@code done} or {@code failed}. Closing the connection (the stop button) stops the model.
 */
@Path("/tutor/stream")
public class TalkStreamResource {

    @Inject
    TalkService talks;

    @Inject
    RequestLang lang;

    @Inject
    ManagedExecutor executor;

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Map<String, Object>> stream(@RestForm String talk, @RestForm String type, @RestForm String id,
            @RestForm String message, @RestForm String retry) {
        Lang current = lang.get();
        long talkId;
        try {
            talkId = begin(talk, type, id, message, retry, current);
        } catch (Problem p) {
            return Multi.createFrom().item(event("failed", Map.of("error", p.error(), "message", TalkWords.refusal(p, current),
                    "status", p.status())));
        }
        return Multi.createFrom().emitter(em -> {
            AtomicBoolean stopped = new AtomicBoolean();
            em.onTermination(() -> stopped.set(true));
            em.emit(event("talk", Map.of("id", talkId)));
            executor.execute(() -> answer(em, talkId, stopped, current));
        });
    }

    private long begin(String talk, String type, String id, String message, String retry, Lang current) {
        if (talk == null || talk.isBlank()) {
            return talks.start(About.of(type, id), message, current);
        }
        long talkId = parse(talk);
        if ("1".equals(retry)) {
            talks.retry(talkId);
        } else {
            talks.say(talkId, message, current);
        }
        return talkId;
    }

    private static long parse(String talk) {
        try {
            return Long.parseLong(talk.strip());
        } catch (NumberFormatException e) {
            throw Problem.notFound("unknown-talk", "There is no talk " + talk + ".");
        }
    }

    private void answer(MultiEmitter<? super Map<String, Object>> em, long talkId, AtomicBoolean stopped,
            Lang current) {
        try {
            talks.answer(talkId, text -> {
                if (!stopped.get()) {
                    em.emit(event("text", Map.of("text", text)));
                }
            }, stopped::get);
            em.emit(event("done", Map.of("id", talkId)));
        } catch (ModelFailure f) {
            em.emit(event("failed", Map.of("error", f.code(), "message",
                    TalkWords.failure(f.code(), TalkWords.msg(current)), "id", talkId)));
        } catch (Problem p) {
            em.emit(event("failed", Map.of("error", p.error(), "message",
                    TalkWords.failure(p.error(), TalkWords.msg(current)), "id", talkId)));
        } catch (RuntimeException e) {
            em.emit(event("failed", Map.of("error", "internal", "message",
                    TalkWords.failure(null, TalkWords.msg(current)), "id", talkId)));
        } finally {
            em.complete();
        }
    }

    private static Map<String, Object> event(String kind, Map<String, Object> fields) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event", kind);
        e.putAll(fields);
        return e;
    }
}
