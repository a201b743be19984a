package app.tropa.curriculum;

import app.tropa.platform.TropaConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Holds the curriculum the app runs on: the folder named by {@code tropa.curriculum-dir}, or the
 * bundled one shipped on the class path. Loaded at start-up, so an invalid curriculum stops the
 * app with its full report instead of serving half a path.
 */
@Startup
@ApplicationScoped
public class CurriculumSource {

    private static final Logger LOG = Logger.getLogger(CurriculumSource.class);
    private static final String BUNDLED = "curriculum/curriculum.yaml";

    private final Curriculum curriculum;

    @Inject
    public CurriculumSource(TropaConfig config) {
        CurriculumLoader loader = new CurriculumLoader();
        if (config.curriculumDir().isPresent()) {
            Path folder = Path.of(config.curriculumDir().get()).toAbsolutePath().normalize();
            this.curriculum = loader.load(folder);
            LOG.infof("Curriculum %s loaded from %s: %d nodes, %d terms", curriculum.version(), folder,
                    curriculum.nodes().size(), curriculum.terms().size());
        } else {
            this.curriculum = loader.load(bundledFolder());
            LOG.infof("Bundled curriculum %s loaded: %d nodes, %d terms", curriculum.version(),
                    curriculum.nodes().size(), curriculum.terms().size());
        }
    }

    public Curriculum get() {
        return curriculum;
    }

    private static Path bundledFolder() {
        URL url = Thread.currentThread().getContextClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("The bundled curriculum is missing from the class path (" + BUNDLED + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return zipFileSystem(uri).getPath("/" + BUNDLED).getParent();
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the bundled curriculum at " + url, e);
        }
    }

    private static FileSystem zipFileSystem(URI uri) {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpenYet) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the bundled curriculum at " + uri, e);
            }
        }
    }
}
