package io.openrcm.claim.it;

import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.testsupport.CrossOriginContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** CORS is closed on this service (the checks live in {@link CrossOriginContract}). */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class CrossOriginTest extends CrossOriginContract {

    @Override
    protected String path() {
        return "/claims";
    }
}
