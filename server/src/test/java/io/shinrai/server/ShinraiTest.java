package io.shinrai.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole server on a real database: H2 by default, PostgreSQL in the second test run. Tagged so
 * that the PostgreSQL run picks it up; skipped with a printed reason when that database cannot be reached.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(DatabaseAvailable.class)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, Fixtures.class, VulnerableProducts.class})
public @interface ShinraiTest {

    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
