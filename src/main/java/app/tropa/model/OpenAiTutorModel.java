package app.tropa.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.catalog.ModelDescription;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.openai.OpenAiModelCatalog;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Any OpenAI-compatible chat server (Ollama, llama-server, vLLM, LM Studio), through langchain4j. */
final class OpenAiTutorModel implements TutorModel {

    private static final long POLL_MILLIS = 100;

    private final ModelSettings settings;
    private final OpenAiStreamingChatModel chat;
    private final OpenAiModelCatalog catalog;

    OpenAiTutorModel(ModelSettings settings) {
        this.settings = settings;
        String key = settings.apiKey().orElse("none");
        this.chat = settings.model().map(name -> OpenAiStreamingChatModel.builder().httpClientBuilder(http())
                .baseUrl(settings.base()).apiKey(key).modelName(name).timeout(settings.timeout()).build()).orElse(null);
        this.catalog = OpenAiModelCatalog.builder().httpClientBuilder(http()).baseUrl(settings.base()).apiKey(key)
                .connectTimeout(settings.timeout()).readTimeout(settings.timeout()).build();
    }

    private static JdkHttpClientBuilder http() {
        return new JdkHttpClientBuilder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    @Override
    public List<String> models() {
        try {
            return catalog.listModels().stream().map(ModelDescription::name).toList();
        } catch (RuntimeException e) {
            throw Failures.of(e, "", true);
        }
    }

    @Override
    public Reply reply(List<Turn> turns, Consumer<String> onText, BooleanSupplier stop, int maxChars) {
        Stream stream = new Stream(onText, maxChars);
        if (chat == null) {
            throw new ModelFailure(ModelFailure.Kind.MODEL_NOT_FOUND, "No model name is set.", "", null);
        }
        try {
            chat.chat(ChatRequest.builder().messages(turns.stream().map(OpenAiTutorModel::message).toList()).build(),
                    stream);
        } catch (RuntimeException e) {
            throw Failures.of(e, "", false);
        }
        return stream.await(stop, settings.timeout().toMillis());
    }

    private static ChatMessage message(Turn turn) {
        return switch (turn.role()) {
            case SYSTEM -> SystemMessage.from(turn.text());
            case LEARNER -> UserMessage.from(turn.text());
            case TUTOR -> AiMessage.from(turn.text());
        };
    }

    /** Collects the streamed pieces; the learner's stop, the length cap and the idle timeout end it early. */
    private static final class Stream implements StreamingChatResponseHandler {

        private final Consumer<String> onText;
        private final int maxChars;
        private final StringBuilder text = new StringBuilder();
        private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        private final AtomicLong lastHeard = new AtomicLong(System.nanoTime());
        private final CompletableFuture<Reply> done = new CompletableFuture<>();

        Stream(Consumer<String> onText, int maxChars) {
            this.onText = onText;
            this.maxChars = maxChars;
        }

        @Override
        public void onPartialResponse(String piece) {
            take(piece);
        }

        @Override
        public void onPartialResponse(PartialResponse piece, PartialResponseContext context) {
            handle.compareAndSet(null, context.streamingHandle());
            take(piece.text());
        }

        private synchronized void take(String piece) {
            lastHeard.set(System.nanoTime());
            if (done.isDone() || piece == null || piece.isEmpty()) {
                return;
            }
            int room = maxChars - text.length();
            String kept = piece.length() > room ? piece.substring(0, Math.max(room, 0)) : piece;
            text.append(kept);
            if (!kept.isEmpty()) {
                onText.accept(kept);
            }
            if (kept.length() < piece.length()) {
                cancel();
                done.complete(new Reply(text.toString(), true));
            }
        }

        @Override
        public synchronized void onCompleteResponse(ChatResponse response) {
            String whole = text.isEmpty() && response.aiMessage() != null && response.aiMessage().text() != null
                    ? response.aiMessage().text() : text.toString();
            if (whole.isBlank()) {
                done.completeExceptionally(new ModelFailure(ModelFailure.Kind.EMPTY, "The model's answer was empty.",
                        "", null));
            } else if (text.isEmpty()) {
                take(whole);
                done.complete(new Reply(text.toString(), false));
            } else {
                done.complete(new Reply(whole, false));
            }
        }

        @Override
        public synchronized void onError(Throwable error) {
            done.completeExceptionally(Failures.of(error, text.toString(), false));
        }

        private void cancel() {
            StreamingHandle h = handle.get();
            if (h != null && !h.isCancelled()) {
                h.cancel();
            }
        }

        Reply await(BooleanSupplier stop, long idleMillis) {
            while (true) {
                try {
                    return done.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    checkStillWanted(stop, idleMillis);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof ModelFailure f ? f : Failures.of(e.getCause(), partial(), false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw end(ModelFailure.Kind.STOPPED, "Interrupted.");
                }
            }
        }

        private void checkStillWanted(BooleanSupplier stop, long idleMillis) {
            if (stop.getAsBoolean()) {
                throw end(ModelFailure.Kind.STOPPED, "Stopped by the learner.");
            }
            if (System.nanoTime() - lastHeard.get() > TimeUnit.MILLISECONDS.toNanos(idleMillis)) {
                throw end(ModelFailure.Kind.TIMEOUT, "No answer within " + idleMillis / 1000 + " s.");
            }
        }

        private synchronized ModelFailure end(ModelFailure.Kind kind, String detail) {
            cancel();
            ModelFailure failure = new ModelFailure(kind, detail, text.toString(), null);
            done.completeExceptionally(failure);
            return failure;
        }

        private synchronized String partial() {
            return text.toString();
        }
    }

    /** What went wrong, read from the library's exception and its causes. */
    static final class Failures {

        private Failures() {
        }

        static ModelFailure of(Throwable error, String partial, boolean listing) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof ModelFailure f) {
                    return f;
                }
                if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.UnresolvedAddressException
                        || t instanceof java.net.UnknownHostException) {
                    return new ModelFailure(ModelFailure.Kind.REFUSED, describe(t), partial, error);
                }
                if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException
                        || t instanceof dev.langchain4j.exception.TimeoutException) {
                    return new ModelFailure(ModelFailure.Kind.TIMEOUT, describe(t), partial, error);
                }
                if (t instanceof HttpException h) {
                    return status(h, partial, listing);
                }
                if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                    return new ModelFailure(ModelFailure.Kind.NOT_COMPATIBLE, describe(t), partial, error);
                }
            }
            return new ModelFailure(ModelFailure.Kind.ERROR_STATUS, describe(error), partial, error);
        }

        private static ModelFailure status(HttpException h, String partial, boolean listing) {
            String body = h.getMessage() == null ? "" : h.getMessage();
            boolean aboutModel = body.toLowerCase(java.util.Locale.ROOT).contains("model");
            ModelFailure.Kind kind = h.statusCode() == 404 && !listing && aboutModel ? ModelFailure.Kind.MODEL_NOT_FOUND
                    : h.statusCode() == 404 || h.statusCode() == 405 ? ModelFailure.Kind.NOT_COMPATIBLE
                    : ModelFailure.Kind.ERROR_STATUS;
            return new ModelFailure(kind, "HTTP " + h.statusCode() + ": " + shorten(body), partial, h);
        }

        private static String describe(Throwable t) {
            String m = t.getMessage();
            return t.getClass().getSimpleName() + (m == null ? "" : ": " + shorten(m));
        }

        private static String shorten(String s) {
            String one = s.replaceAll("\\s+", " ").strip();
            return one.length() > 200 ? one.substring(0, 200) + "…" : one;
        }
    }
}
