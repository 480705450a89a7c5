package io.openrcm.dashboard.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DomainArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.openrcm.dashboard");

    @Test
    void theDomainIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("io.openrcm.dashboard.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax..",
                        "com.fasterxml..", "org.apache.kafka..", "io.openrcm.platform..", "io.smallrye..",
                        "org.eclipse.microprofile..", "io.agroal..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("io.openrcm.dashboard.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.openrcm.dashboard.application..",
                        "io.openrcm.dashboard.api..", "io.openrcm.dashboard.messaging..",
                        "io.openrcm.dashboard.persistence..", "io.openrcm.dashboard.remote..",
                        "io.openrcm.dashboard.config..")
                .check(CLASSES);
    }

    @Test
    void theApiNeverReachesMessaging() {
        noClasses().that().resideInAPackage("io.openrcm.dashboard.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.openrcm.dashboard.messaging..",
                        "io.openrcm.platform.eventing..")
                .check(CLASSES);
    }
}
