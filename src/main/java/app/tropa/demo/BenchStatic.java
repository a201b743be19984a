package app.tropa.demo;

import app.tropa.platform.TropaConfig;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.nio.file.Path;

/**
 * For the benchmark only (bench/run.sh): with {@code tropa.bench.static-dir} set, serves that
 * folder's files under /bench-static/, so a page's own bytes can be fetched as a static file from
 * the same app, through the same request guard — the fastest this machine can deliver them.
 */
@ApplicationScoped
public class BenchStatic {

    static final String PREFIX = "/bench-static/";

    @Inject
    TropaConfig config;

    void install(@Observes Router router) {
        config.bench().staticDir().ifPresent(dir -> router.route(PREFIX + "*")
                .handler(StaticHandler.create(FileSystemAccess.ROOT, Path.of(dir).toAbsolutePath().toString())
                        .setDirectoryListing(false)));
    }
}
