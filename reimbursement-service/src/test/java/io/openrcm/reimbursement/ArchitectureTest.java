package io.openrcm.reimbursement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.openrcm.reimbursement");

    @Test
    void domainIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("io.openrcm.reimbursement.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax..",
                        "com.fasterxml..", "org.apache.kafka..", "org.hibernate..", "io.openrcm.platform..",
                        "io.smallrye..", "io.vertx..", "org.jboss..")
                .check(CLASSES);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("io.openrcm.reimbursement.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.openrcm.reimbursement.application..",
                        "io.openrcm.reimbursement.api..", "io.openrcm.reimbursement.messaging..",
                        "io.openrcm.reimbursement.persistence..", "io.openrcm.reimbursement.config..")
                .check(CLASSES);
    }

    @Test
    void entitiesNeverReachTheApi() {
        noClasses().that().resideInAPackage("io.openrcm.reimbursement.api..")
                .should().dependOnClassesThat().resideInAPackage("io.openrcm.reimbursement.persistence..")
                .check(CLASSES);
    }
}
