package io.openrcm.code;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.openrcm.code");

    @Test
    void domainIsFrameworkFree() {
        noClasses().that().resideInAPackage("io.openrcm.code.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax..",
                        "com.fasterxml..", "org.apache.kafka..", "org.hibernate..", "io.openrcm.platform..",
                        "io.openrcm.code.api..", "io.openrcm.code.application..", "io.openrcm.code.persistence..",
                        "io.openrcm.code.messaging..", "io.openrcm.code.config..")
                .check(CLASSES);
    }

    @Test
    void restSpeaksInApiRecordsNeverEntities() {
        noClasses().that().resideInAPackage("io.openrcm.code.api..")
                .should().dependOnClassesThat().resideInAPackage("io.openrcm.code.persistence..")
                .check(CLASSES);
    }

    @Test
    void applicationDoesNotKnowTheRestLayer() {
        noClasses().that().resideInAPackage("io.openrcm.code.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.openrcm.code.api..", "jakarta.ws.rs..")
                .check(CLASSES);
    }
}
