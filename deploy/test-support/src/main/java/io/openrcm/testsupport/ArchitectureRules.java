package io.openrcm.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The one set of architecture rules every service follows. Packages by role under the service's base package:
 * api and messaging call application, application calls domain; domain is framework-free; entities stay in
 * persistence. A service's test runs {@link #all} (or the rules it passes so far) through {@link #check}.
 */
public final class ArchitectureRules {

    /** What the domain may not import: frameworks, wire formats, brokers, persistence, the platform's plumbing. */
    static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "javax..", "com.fasterxml..",
        "org.apache.kafka..", "org.hibernate..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..",
        "io.agroal..", "org.jboss..", "io.openrcm.platform.eventing..", "io.openrcm.platform.problem..",
        "io.openrcm.platform.time..", "io.openrcm.platform.tx.."};

    private ArchitectureRules() {
    }

    /** The service's main classes (tests left out). */
    public static JavaClasses importService(String base) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
    }

    /** Every rule. */
    public static List<ArchRule> all(String base) {
        return List.of(domainIsFrameworkFree(base), domainDependsOnNoOtherLayer(base),
                applicationDoesNotKnowTheApi(base), applicationDoesNotKnowMessaging(base),
                apiDoesNotUsePersistence(base), apiDoesNotUseMessaging(base), messagingDoesNotUseTheApi(base),
                entitiesStayInPersistence(base));
    }

    /** One dynamic test per rule, named after it, for a {@code @TestFactory}. */
    public static Stream<DynamicTest> check(String base, List<ArchRule> rules) {
        JavaClasses classes = importService(base);
        // A service may have no package of a role (code-service consumes no events: no messaging).
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> rule.allowEmptyShould(true).check(classes)));
    }

    public static ArchRule domainIsFrameworkFree(String base) {
        return noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain is plain Java (no Quarkus, JAX-RS, Jackson, Kafka, Hibernate or Panache)");
    }

    public static ArchRule domainDependsOnNoOtherLayer(String base) {
        return noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat(resideInAPackage(base + "..")
                        .and(not(resideInAPackage(base + ".domain.."))))
                .because("every other layer depends on the domain, never the reverse");
    }

    public static ArchRule applicationDoesNotKnowTheApi(String base) {
        return noClasses().that().resideInAPackage(base + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".api..", "jakarta.ws.rs..")
                .because("the api calls the application, not the reverse");
    }

    public static ArchRule applicationDoesNotKnowMessaging(String base) {
        return noClasses().that().resideInAPackage(base + ".application..")
                .should().dependOnClassesThat().resideInAPackage(base + ".messaging..")
                .because("messaging calls the application; events leave through the application's publisher");
    }

    public static ArchRule apiDoesNotUsePersistence(String base) {
        return noClasses().that().resideInAPackage(base + ".api..")
                .should().dependOnClassesThat().resideInAPackage(base + ".persistence..")
                .because("the api speaks through application use cases in records made for it");
    }

    public static ArchRule apiDoesNotUseMessaging(String base) {
        return noClasses().that().resideInAPackage(base + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".messaging..",
                        "io.openrcm.platform.eventing..")
                .because("a request changes state through the application, which writes the outbox");
    }

    public static ArchRule messagingDoesNotUseTheApi(String base) {
        return noClasses().that().resideInAPackage(base + ".messaging..")
                .should().dependOnClassesThat().resideInAPackage(base + ".api..")
                .because("messaging and the api are two doors to the same application");
    }

    /** Entities (annotated @Entity/@Embeddable, or in persistence and named so) are used only in persistence. */
    public static ArchRule entitiesStayInPersistence(String base) {
        return classes().that(entities(base))
                .should().onlyHaveDependentClassesThat().resideInAPackage(base + ".persistence..")
                .because("stores map rows to domain objects; entities never leave persistence")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> entities(String base) {
        DescribedPredicate<JavaClass> annotated = annotatedWith("jakarta.persistence.Entity")
                .or(annotatedWith("jakarta.persistence.Embeddable")).forSubtype();
        DescribedPredicate<JavaClass> named = resideInAnyPackage(base + ".persistence..")
                .and(simpleNameEndingWith("Entity").or(simpleNameEndingWith("Embeddable")));
        return annotated.or(named).as("are entities");
    }
}
