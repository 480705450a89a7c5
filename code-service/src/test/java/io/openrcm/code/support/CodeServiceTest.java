package io.openrcm.code.support;

import io.openrcm.infra.RcmInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @QuarkusTest} of this service against the real PostgreSQL and Kafka of {@link RcmInfraTestResource};
 * one set of arguments for all, so Quarkus starts the application once for every test class.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "code"))
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CodeServiceTest {
}
