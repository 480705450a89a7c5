package io.openrcm.reimbursement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
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

    @Test
    void entitiesAreOnlyUsedInPersistence() {
        DescribedPredicate<JavaClass> rows = DescribedPredicate.describe("entities and their embedded columns",
                c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class));
        noClasses().that().resideOutsideOfPackage("io.openrcm.reimbursement.persistence..")
                .should().dependOnClassesThat(rows)
                .because("stores and repositories hand out domain objects; rows never leave persistence")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreOnlyUsedByStores() {
        noClasses().that().resideOutsideOfPackage("io.openrcm.reimbursement.persistence..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("a Panache repository returns entities; the application works with stores")
                .check(CLASSES);
    }
}
