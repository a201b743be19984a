package app.tropa.journal;

import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The entry form as the browser sends it, and as a page shows it again: on a failed save every
 * field comes back exactly as it was sent.
 */
@TemplateData
public class EntryForm {

    private static final Pattern DRAFT_ID = Pattern.compile("[A-Za-z0-9]{1,40}");

    @RestForm
    public String date;

    @RestForm
    public String kind;

    @RestForm
    public String body;

    /** Comma-separated. */
    @RestForm
    public String tags;

    @RestForm("nodeId")
    public List<String> nodeIds;

    @RestForm("termId")
    public List<String> termIds;

    @RestForm
    public String fiPhase;

    @RestForm
    public String fiAttention;

    @RestForm
    public String fiDepth;

    @RestForm
    public String fiAssembly;

    @RestForm
    public String fiVector;

    /** The browser's name for its local draft of this form, to forget once saved. */
    @RestForm
    public String draft;

    public static EntryForm empty(String today) {
        EntryForm f = new EntryForm();
        f.date = today;
        f.kind = EntryKind.DAILY.code();
        return f;
    }

    public static EntryForm of(JournalJson.Entry e) {
        EntryForm f = new EntryForm();
        f.date = e.date().toString();
        f.kind = e.kind().code();
        f.body = e.body();
        f.tags = String.join(", ", e.tags());
        f.nodeIds = e.nodeIds();
        f.termIds = e.termIds();
        FieldInstruction fi = e.fieldInstruction();
        if (fi != null) {
            f.fiPhase = fi.phase();
            f.fiAttention = fi.attentionPattern();
            f.fiDepth = fi.depth() == null ? null : fi.depth().toString();
            f.fiAssembly = fi.assemblyPoint();
            f.fiVector = fi.vectorQuestion();
        }
        return f;
    }

    /**
     * What the API would be sent. Browsers send line breaks as CR LF; they become LF, as typed.
     * A depth that is not a number reaches the rules as 0, which they refuse by name.
     */
    public EntryInput toInput() {
        FieldInstruction fi = new FieldInstruction(fiPhase, lf(fiAttention), depth(), lf(fiAssembly), lf(fiVector));
        List<String> tagList = tags == null ? List.of() : Arrays.asList(tags.split(","));
        return new EntryInput(date, kind, lf(body), nodeIds, termIds, tagList, fi.isEmpty() ? null : fi);
    }

    private Integer depth() {
        if (fiDepth == null || fiDepth.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(fiDepth.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String lf(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }

    /** The draft name when it is one the browser script could have made; else nothing. */
    public String draftId() {
        return draft != null && DRAFT_ID.matcher(draft).matches() ? draft : null;
    }

    public boolean isKind(String code) {
        return code.equals(kind);
    }

    public boolean hasNode(String id) {
        return nodeIds != null && nodeIds.contains(id);
    }

    public boolean hasTerm(String id) {
        return termIds != null && termIds.contains(id);
    }

    public boolean isDepth(Integer value) {
        return String.valueOf(value).equals(fiDepth);
    }
}
