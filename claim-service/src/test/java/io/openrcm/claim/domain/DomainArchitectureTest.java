package io.openrcm.claim.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DomainArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.openrcm.claim");

    @Test
    void theDomainIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("io.openrcm.claim.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax..",
                        "com.fasterxml..", "org.apache.kafka..", "org.hibernate..", "io.openrcm.platform.eventing..",
                        "io.openrcm.platform.problem..", "io.openrcm.platform.time..",
                        "io.smallrye..", "org.eclipse.microprofile..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("io.openrcm.claim.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.openrcm.claim.application..",
                        "io.openrcm.claim.api..", "io.openrcm.claim.messaging..", "io.openrcm.claim.persistence..",
                        "io.openrcm.claim.config..")
                .check(CLASSES);
    }

    @Test
    void theApiNeverReachesPersistenceWritesOrMessaging() {
        noClasses().that().resideInAPackage("io.openrcm.claim.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.openrcm.claim.messaging..",
                        "io.openrcm.platform.eventing..")
                .check(CLASSES);
    }
}
