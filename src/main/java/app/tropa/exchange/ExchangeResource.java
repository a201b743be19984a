package app.tropa.exchange;

import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.i18n.RequestLang;
import app.tropa.http.Flag;
import app.tropa.http.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Exports as downloads, import of a backup, and the list of automatic backups. */
@Path("/api")
public class ExchangeResource {

    @Inject
    ExportService export;

    @Inject
    ImportService imports;

    @Inject
    Backups backups;

    @Inject
    LearnerTime time;

    @Inject
    RequestLang lang;

    @GET
    @Path("/export/json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json() {
        StreamingOutput body = export::writeJson;
        return download(body, MediaType.APPLICATION_JSON + ";charset=UTF-8", "tropa-backup-" + time.today() + ".json");
    }

    @GET
    @Path("/export/csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("what") String what) {
        CsvExport.What w = CsvExport.What.parse(what).orElseThrow(() -> Problem.badRequest("invalid-what", "what '"
                + what + "' is not one of progress, reflections, metaphors, revisits.", Map.of("field", "what",
                        "allowed", List.of("progress", "reflections", "metaphors", "revisits"))));
        Lang l = lang.get();
        StreamingOutput body = out -> export.writeCsv(w, l, out);
        return download(body, "text/csv; charset=UTF-8; header=present", "tropa-" + w.name().toLowerCase(Locale.ROOT)
                + "-" + time.today() + ".csv");
    }

    @GET
    @Path("/export/markdown")
    @Produces("application/zip")
    public Response markdown(@QueryParam("sealed") Flag sealed) {
        boolean includeSealed = Flag.on(sealed);
        Lang l = lang.get();
        StreamingOutput body = out -> export.writeMarkdown(l, includeSealed, out);
        return download(body, "application/zip", "tropa-vault-" + time.today() + ".zip");
    }

    @GET
    @Path("/export/anki")
    @Produces(MediaType.TEXT_PLAIN)
    public Response anki() {
        Lang l = lang.get();
        StreamingOutput body = out -> export.writeAnki(l, out);
        return download(body, "text/plain; charset=UTF-8", "tropa-anki-" + time.today() + ".txt");
    }

    @GET
    @Path("/export/dataset")
    @Produces("application/jsonl")
    public Response dataset() {
        Lang l = lang.get();
        StreamingOutput body = out -> export.writeDataset(l, out);
        return download(body, "application/jsonl; charset=UTF-8", "tropa-dataset-" + time.today() + ".jsonl");
    }

    @GET
    @Path("/export/schema")
    @Produces("application/schema+json")
    public InputStream schema() {
        return ExchangeResource.class.getClassLoader().getResourceAsStream(BackupSchema.RESOURCE);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importJson(@QueryParam("mode") String mode, @QueryParam("dryRun") Flag dryRun,
            InputStream body) {
        return imports.run(body, ImportService.mode(mode), Flag.on(dryRun));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importUpload(@QueryParam("mode") String mode, @QueryParam("dryRun") Flag dryRun,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw Problem.badRequest("missing-file", "Send the backup as the form field 'file'.",
                    Map.of("field", "file"));
        }
        ImportPlan.Mode m = ImportService.mode(mode);
        boolean dry = Flag.on(dryRun);
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return imports.run(in, m, dry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/backups")
    @Produces(MediaType.APPLICATION_JSON)
    public List<BackupFile> listBackups() {
        return backups.list();
    }

    @POST
    @Path("/backups")
    @Produces(MediaType.APPLICATION_JSON)
    public Response backUpNow() {
        BackupFile made = backups.write(BackupFile.Kind.MANUAL);
        backups.rotate();
        return Response.status(201).entity(made).build();
    }

    static Response download(Object body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
