package io.openrcm.code.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes JSON input refuse a fraction where a whole number is expected (a diagnosis pointer of 1.5) instead of
 * silently truncating it, Jackson's default.
 */
@Singleton
public class StrictNumbersCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
