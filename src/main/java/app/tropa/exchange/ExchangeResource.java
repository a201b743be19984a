package app.tropa.exchange;

import app.tropa.web.LearnerTime;
import app.tropa.web.Problem;
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

    @GET
    @Path("/export/json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json() {
        StreamingOutput body = export::writeJson;
        return download(body, MediaType.APPLICATION_JSON + ";charset=UTF-8", "tropa-backup-" + time.today() + ".json");
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
    public ImportReport importJson(@QueryParam("mode") String mode, @QueryParam("dryRun") String dryRun,
            InputStream body) {
        return imports.run(body, ImportService.mode(mode), ImportService.dryRun(dryRun));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importUpload(@QueryParam("mode") String mode, @QueryParam("dryRun") String dryRun,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw Problem.badRequest("missing-file", "Send the backup as the form field 'file'.",
                    Map.of("field", "file"));
        }
        ImportPlan.Mode m = ImportService.mode(mode);
        boolean dry = ImportService.dryRun(dryRun);
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
