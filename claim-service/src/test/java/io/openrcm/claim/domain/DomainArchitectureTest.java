package io.openrcm.claim.domain;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
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

    @Test
    void entitiesNeverLeavePersistence() {
        DescribedPredicate<JavaClass> entities = DescribedPredicate.describe("JPA entities or embeddables",
                c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class));
        noClasses().that().resideOutsideOfPackage("io.openrcm.claim.persistence..")
                .should().dependOnClassesThat(are(entities))
                .check(CLASSES);
        classes().that(are(entities)).should().resideInAPackage("io.openrcm.claim.persistence..").check(CLASSES);
    }

    @Test
    void theApiNeverTouchesPersistence() {
        noClasses().that().resideInAPackage("io.openrcm.claim.api..")
                .should().dependOnClassesThat(resideInAPackage("io.openrcm.claim.persistence.."))
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "io.quarkus.hibernate..", "io.quarkus.panache..")
                .check(CLASSES);
    }
}
