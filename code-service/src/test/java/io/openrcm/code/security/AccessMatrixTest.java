package io.openrcm.code.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

import io.openrcm.infra.KeycloakTestResource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.AccessMatrixContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** code-service's operations against deploy/security/access-matrix.csv, with real tokens from the test Keycloak. */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "code"))
@WithTestResource(KeycloakTestResource.class)
class AccessMatrixTest extends AccessMatrixContract {

    @TestHTTPResource("/")
    URL root;

    @Override
    protected String service() {
        return "code-service";
    }

    @Override
    protected URI baseUri() {
        try {
            return root.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
