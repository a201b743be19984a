package app.tropa.exchange;

import app.tropa.glossary.CardVersion;
import app.tropa.glossary.MetaphorVersion;
import app.tropa.glossary.OwnTerm;
import app.tropa.journal.JournalLetter;
import app.tropa.journal.JournalRevision;
import app.tropa.progress.ProgressEvent;
import app.tropa.review.ReviewLog;
import app.tropa.revisit.RevisitLog;
import app.tropa.revisit.RevisitState;
import app.tropa.review.ReviewQuestion;
import app.tropa.review.ReviewState;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

import java.util.List;

/**
 * Rows of the learner's tables as backup records and back, for the tables whose columns are the
 * record's fields. Generated at build time; a column left unmapped fails the build. Progress and
 * journal entries keep their own hand-written mapping: they carry rules, not just copies.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface BackupMapper {

    BackupMapper MAP = Mappers.getMapper(BackupMapper.class);

    @Mapping(target = "from", source = "fromValue")
    @Mapping(target = "to", source = "toValue")
    Records.Event record(ProgressEvent e);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "fromValue", source = "from")
    @Mapping(target = "toValue", source = "to")
    ProgressEvent entity(Records.Event r);

    Records.OwnTerm record(OwnTerm t);

    OwnTerm entity(Records.OwnTerm r);

    Records.Metaphor record(MetaphorVersion m);

    @Mapping(target = "id", ignore = true)
    MetaphorVersion entity(Records.Metaphor r);

    Records.Card record(CardVersion c);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "filled", expression = "java(r.filled())")
    CardVersion entity(Records.Card r);

    Records.ReviewQuestion record(ReviewQuestion q);

    @Mapping(target = "id", ignore = true)
    ReviewQuestion entity(Records.ReviewQuestion r);

    Records.ReviewState record(ReviewState s);

    ReviewState entity(Records.ReviewState r);

    /** An import's newer review state over the one held here. */
    @Mapping(target = "termId", ignore = true)
    void fill(@MappingTarget ReviewState s, Records.ReviewState r);

    Records.Review record(ReviewLog l);

    @Mapping(target = "id", ignore = true)
    ReviewLog entity(Records.Review r);

    Records.RevisitState record(RevisitState s);

    RevisitState entity(Records.RevisitState r);

    /** An import's newer revisit state over the one held here. */
    @Mapping(target = "nodeId", ignore = true)
    void fill(@MappingTarget RevisitState s, Records.RevisitState r);

    @Mapping(target = "checkpoints", expression = "java(l.checkpointList())")
    Records.Revisit record(RevisitLog l);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "reflectionId", ignore = true)
    @Mapping(target = "checkpoints", expression = "java(app.tropa.revisit.RevisitLog.join(r.checkpoints()))")
    RevisitLog entity(Records.Revisit r);

    Records.Letter record(JournalLetter l);

    @Mapping(target = "id", ignore = true)
    JournalLetter entity(Records.Letter r);

    /** A talk's about id is not copied: a journal entry is named differently in a backup ({@link TalkTables}). */
    @Mapping(target = "aboutId", source = "aboutId")
    @Mapping(target = "messages", source = "messages")
    Records.Talk record(app.tropa.talk.Talk talk, String aboutId, List<Records.TalkMessage> messages);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "aboutId", ignore = true)
    app.tropa.talk.Talk entity(Records.Talk r);

    Records.TalkMessage record(app.tropa.talk.TalkMessage m);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "talkId", ignore = true)
    app.tropa.talk.TalkMessage entity(Records.TalkMessage r);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "entryDate", source = "r.date")
    @Mapping(target = "nodeIds", source = "r.nodeIds", qualifiedByName = "lines")
    @Mapping(target = "termIds", source = "r.termIds", qualifiedByName = "lines")
    @Mapping(target = "tags", source = "r.tags", qualifiedByName = "lines")
    @Mapping(target = "fiPhase", source = "r.fieldInstruction.phase")
    @Mapping(target = "fiAttention", source = "r.fieldInstruction.attentionPattern")
    @Mapping(target = "fiDepth", source = "r.fieldInstruction.depth")
    @Mapping(target = "fiAssemblyPoint", source = "r.fieldInstruction.assemblyPoint")
    @Mapping(target = "fiVector", source = "r.fieldInstruction.vectorQuestion")
    JournalRevision entity(Long entryId, Records.Revision r);

    /** A revision keeps its ids and tags one per line. */
    @Named("lines")
    static String lines(List<String> values) {
        return String.join("\n", values);
    }
}
