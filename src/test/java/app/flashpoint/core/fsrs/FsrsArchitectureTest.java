package app.flashpoint.core.fsrs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scheduler core stays plain Java: no framework, no database, no hidden clock or randomness. */
class FsrsArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.flashpoint.core.fsrs");

    @Test
    void noFrameworkOrDatabaseImports() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.micronaut..", "jakarta..", "java.sql..")
                .check(core);
    }

    @Test
    void timeAndRandomnessComeFromTheCaller() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callConstructor(java.util.SplittableRandom.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(core);
    }

}
