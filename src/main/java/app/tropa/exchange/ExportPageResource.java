package app.tropa.exchange;

import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.platform.TropaConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The export page: downloads, the upload form for an import (checked by a dry run, applied only
 * once the learner confirms the report), and the automatic backups with restore. Plain forms:
 * post, then redirect back.
 */
@Path("/export")
@Produces(MediaType.TEXT_HTML)
public class ExportPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance export(Page page, ExportView.ExportPage view);

        static native TemplateInstance report(Page page, ExportView.ReportPage view);
    }

    @Inject
    Pages pages;


    @Inject
    Backups backups;

    @Inject
    ImportService imports;

    @Inject
    StagedImports staged;

    @Inject
    LearnerTime time;

    @Inject
    TropaConfig config;

    @GET
    public TemplateInstance page(@QueryParam("made") String made, @QueryParam("restored") String restored,
            @QueryParam("imported") String imported, @QueryParam("backup") String backup) {
        ExchangeMsg m = msg();
        String message = null;
        if (made != null && backups.find(made).isPresent()) {
            message = m.backups_made_now(made);
        } else if (restored != null && backups.find(restored).isPresent()) {
            message = m.backups_restored(restored);
        } else if (imported != null) {
            message = m.report_done() + (backup != null && backups.find(backup).isPresent()
                    ? " " + m.report_backup(backup) : "");
        }
        return exportPage(ExportView.ImportForm.EMPTY, message, null);
    }

    private TemplateInstance exportPage(ExportView.ImportForm form, String message, String error) {
        Lang lang = pages.lang();
        ExchangeMsg m = msg();
        List<ExportView.BackupRow> rows = new ArrayList<>();
        for (BackupFile f : backups.list()) {
            rows.add(new ExportView.BackupRow(f.name(), ExportView.when(f.createdAt(), time.zone()),
                    ExchangeWords.backupKind(f.kind(), m), ExportView.size(f.size()),
                    ExchangeWords.backupCheck(f.check(), m), f.check().code(), f.verified()));
        }
        ExportView.ExportPage view = new ExportView.ExportPage(ExchangeWords.DATASET_TAG,
                ExportView.size(config.limits().importBody().asLongValue()), backups.folder().toAbsolutePath().normalize().toString(),
                String.valueOf(config.backups().keep()), rows, form, message, error);
        Page page = pages.page(m.export_title(), "export");
        return Templates.export(page, view).setLocale(lang.locale());
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String mode) {
        String m = "replace".equals(mode) ? "replace" : "merge";
        if (file == null || file.size() == 0) {
            return refused(new ExportView.ImportForm(m, msg().import_error_missing(), null));
        }
        String id = staged.stage(file.uploadedFile());
        try {
            ImportReport report = dryRun(staged.find(id).orElseThrow(), ImportService.mode(m));
            return Response.ok(reportPage(report, "/export/import/confirm", "staged", id, null)).build();
        } catch (Problem e) {
            staged.discard(id);
            if (e.status() != 400) {
                throw e;
            }
            return refused(new ExportView.ImportForm(m, msg().import_error_invalid(problem(e)),
                    String.valueOf(e.details().get("place"))));
        }
    }

    /** The first problem and its place, as the reader found it. */
    private static String problem(Problem e) {
        if (e.details().get("problems") instanceof List<?> all && !all.isEmpty()
                && all.get(0) instanceof java.util.Map<?, ?> first) {
            return first.get("place") + ": " + first.get("message");
        }
        return e.getMessage();
    }

    private Response refused(ExportView.ImportForm form) {
        return Response.status(400).entity(exportPage(form, null, null)).build();
    }

    /** A backup that could not be made: the page again saying why; before a replace, that nothing was replaced. */
    private Response backupFailed(BackupFailure e) {
        ExchangeMsg m = msg();
        String reason = ExchangeWords.backupReason(e.reason(), m);
        String error = e.beforeReplace() ? m.replace_stopped(reason) : m.backups_now_failed(reason);
        return Response.status(e.status()).entity(exportPage(ExportView.ImportForm.EMPTY, null, error)).build();
    }

    @POST
    @Path("/import/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestForm("staged") String id, @RestForm String mode) {
        java.nio.file.Path file = staged.find(id).orElseThrow(() -> Problem.notFound("unknown-upload",
                "This upload is no longer here; choose the file again."));
        ImportReport report;
        try {
            report = apply(file, ImportService.mode(mode));
        } catch (BackupFailure e) {
            return backupFailed(e);
        }
        staged.discard(id);
        return Response.seeOther(URI.create("/export?imported=1" + (report.backup() == null ? ""
                : "&backup=" + URLEncoder.encode(report.backup(), StandardCharsets.UTF_8)))).build();
    }

    @POST
    @Path("/backups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response backUpNow() {
        BackupFile made;
        try {
            made = backups.write(BackupFile.Kind.MANUAL);
        } catch (BackupFailure e) {
            return backupFailed(e);
        }
        backups.rotate();
        return Response.seeOther(URI.create("/export?made=" + made.name() + "#backups")).build();
    }

    @GET
    @Path("/backups/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response download(@PathParam("name") String name) {
        BackupFile file = listed(name);
        return ExchangeResource.download(backups.path(file).toFile(), MediaType.APPLICATION_JSON + ";charset=UTF-8",
                file.name());
    }

    @GET
    @Path("/backups/{name}/restore")
    public TemplateInstance restorePage(@PathParam("name") String name, @QueryParam("mode") String mode) {
        BackupFile file = listed(name);
        ImportPlan.Mode m = "merge".equals(mode) ? ImportPlan.Mode.MERGE : ImportPlan.Mode.REPLACE;
        ImportReport report = dryRun(backups.path(file), m);
        return reportPage(report, "/export/backups/" + file.name() + "/restore", null, null, file.name());
    }

    @POST
    @Path("/backups/{name}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("name") String name, @RestForm String mode) {
        BackupFile file = listed(name);
        try {
            apply(backups.path(file), ImportService.mode(mode));
        } catch (BackupFailure e) {
            return backupFailed(e);
        }
        return Response.seeOther(URI.create("/export?restored=" + file.name())).build();
    }

    /** Only a name from the listing ever reaches the file system. */
    private BackupFile listed(String name) {
        return backups.find(name).orElseThrow(() -> Problem.notFound("unknown-backup", msg().backups_unknown(name)));
    }

    private ImportReport dryRun(java.nio.file.Path file, ImportPlan.Mode mode) {
        return run(file, mode, true);
    }

    private ImportReport apply(java.nio.file.Path file, ImportPlan.Mode mode) {
        return run(file, mode, false);
    }

    private ImportReport run(java.nio.file.Path file, ImportPlan.Mode mode, boolean dryRun) {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.run(in, mode, dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateInstance reportPage(ImportReport report, String action, String hiddenName, String hiddenValue,
            String backupName) {
        Lang lang = pages.lang();
        ExchangeMsg m = msg();
        List<ExportView.ReportRow> rows = new ArrayList<>();
        report.kinds().forEach((kind, k) -> rows.add(ExportView.row(ExchangeWords.kind(kind, m), k)));
        boolean replace = "replace".equals(report.mode());
        String heading = backupName != null ? m.restore_title() : m.report_title_dry();
        String intro = backupName != null && replace ? m.restore_intro(backupName) : null;
        String other = backupName != null && replace ? m.restore_merge_instead() : null;
        String otherLink = other == null ? null : "/export/backups/" + backupName + "/restore?mode=merge";
        ExportView.ReportPage view = new ExportView.ReportPage(heading, intro,
                m.report_file(ExportView.when(report.exportedAt(), time.zone()), String.valueOf(
                        report.curriculumVersion())), report.dryRun(), replace, report.changes(), rows, action, hiddenName, hiddenValue, other, otherLink);
        Page page = pages.page(heading, "export");
        return Templates.report(page, view).setLocale(lang.locale());
    }

    private ExchangeMsg msg() {
        return ExchangeWords.msg(pages.lang());
    }
}
