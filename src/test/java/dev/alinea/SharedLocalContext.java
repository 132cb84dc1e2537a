package dev.alinea;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application in local mode, started once for every integration test class that extends this
 * one: the same configuration and the same data folder give Spring's test context cache one key.
 * The database is shared, so a test changes only projects it made itself and leaves the demo as
 * it found it.
 */
@SpringBootTest
public abstract class SharedLocalContext {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        TestDataDirectory.register(registry, "local-");
    }
}
