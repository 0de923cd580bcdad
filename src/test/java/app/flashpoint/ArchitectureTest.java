package app.flashpoint;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("app.flashpoint");

    @Test
    void coreIsPlainJava() {
        noClasses().that().resideInAPackage("app.flashpoint.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "java.sql..",
                        "javax.sql..")
                .because("core/ is the framework-free domain: scheduler, bank model, generators")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnFeatures() {
        noClasses().that().resideInAPackage("app.flashpoint.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("app.flashpoint.core..", "java..",
                        "org.yaml.snakeyaml..", "org.apache.commons.csv..", "org.jsoup..",
                        // the JDK's own XML parser (Moodle XML, QTI), outside java.. only by its package names
                        "javax.xml..", "org.w3c.dom..", "org.xml.sax..")
                .check(classes);
    }

    @Test
    void coreReadsNeitherClockNorRandomness() {
        noClasses().that().resideInAPackage("app.flashpoint.core..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .because("time and randomness come in as arguments (a Clock, a seed)")
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("app.flashpoint.(*)..").should().beFreeOfCycles()
                .because("features point one way: a cycle is where shared concepts lose their owner")
                .check(classes);
    }
}
