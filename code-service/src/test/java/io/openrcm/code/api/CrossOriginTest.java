package io.openrcm.code.api;

import io.openrcm.code.support.CodeServiceTest;
import io.openrcm.testsupport.CrossOriginContract;

/** CORS is closed on code-service (the checks live in {@link CrossOriginContract}). */
@CodeServiceTest
class CrossOriginTest extends CrossOriginContract {

    @Override
    protected String path() {
        return "/encounters";
    }
}
