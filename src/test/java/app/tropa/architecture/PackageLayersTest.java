package app.tropa.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package graph a newcomer reads: cross-cutting packages at the bottom, features in the
 * middle depending only downward, pages that compose several features above them. The layers are
 * written down in docs/architecture.md.
 */
class PackageLayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.tropa");
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        ArchRule rule = slices().matching("app.tropa.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void noFeatureImportsTheComposedPages() {
        noClasses().that().resideOutsideOfPackages("app.tropa.pages..", "app.tropa.demo..")
                .should().dependOnClassesThat().resideInAPackage("app.tropa.pages..")
                .check(classes);
    }

    /** Each package, bottom first, with the packages it may use: those below it, never above. */
    private static final Map<String, List<String>> MAY_USE = layers();

    private static Map<String, List<String>> layers() {
        Map<String, List<String>> uses = new LinkedHashMap<>();
        List<String> crossCutting = List.of("security", "http", "i18n", "platform");
        uses.put("platform", List.of());
        uses.put("i18n", List.of("platform"));
        uses.put("http", List.of("i18n", "platform"));
        uses.put("security", List.of("http", "i18n", "platform"));
        uses.put("activity", List.of());
        uses.put("model", crossCutting);
        uses.put("curriculum", crossCutting);
        uses.put("progress", with(crossCutting, "curriculum", "activity"));
        uses.put("glossary", with(crossCutting, "curriculum", "activity", "progress"));
        uses.put("review", with(crossCutting, "curriculum", "activity", "progress", "glossary"));
        uses.put("journal", with(crossCutting, "curriculum", "activity", "progress", "glossary"));
        uses.put("revisit", with(crossCutting, "curriculum", "activity", "progress", "glossary", "review",
                "journal"));
        uses.put("tutor", with(crossCutting, "curriculum", "activity", "progress", "glossary", "review", "journal",
                "revisit"));
        uses.put("talk", with(crossCutting, "curriculum", "activity", "progress", "glossary", "review",
                "journal", "revisit", "tutor", "model"));
        uses.put("exchange", with(crossCutting, "curriculum", "activity", "progress", "glossary", "review",
                "journal", "revisit", "tutor", "model", "talk"));
        uses.put("report", with(crossCutting, "curriculum", "activity", "progress", "glossary", "review",
                "journal", "tutor"));
        uses.put("pages", with(crossCutting, "curriculum", "activity", "progress", "glossary", "review",
                "journal", "revisit", "tutor", "model", "talk", "exchange"));
        uses.put("demo", with(crossCutting, "curriculum", "activity", "progress", "glossary", "review",
                "journal", "revisit", "tutor", "model", "talk", "exchange", "pages"));
        return uses;
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : MAY_USE.keySet()) {
            layers = layers.layer(name).definedBy("app.tropa." + name + "..");
        }
        for (Map.Entry<String, List<String>> e : MAY_USE.entrySet()) {
            layers = e.getValue().isEmpty()
                    ? layers.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        layers.check(classes);
    }

    @Test
    void everyPackageHasItsPlaceInTheLayers() {
        Set<String> packages = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("app.tropa.")).map(p -> p.substring("app.tropa.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(MAY_USE.keySet()), packages,
                "a new package needs its place in the layers here and in docs/architecture.md");
    }
}
