package org.mplus.tck.mock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One mock per test class, reset before each test: the way the harness uses it per worker. */
abstract class SharedMock {

    static MockServer server;

    @BeforeAll
    static void startMock() {
        server = MockServer.start();
    }

    @AfterAll
    static void stopMock() {
        server.close();
    }

    @BeforeEach
    void resetMock() {
        server.reset();
    }
}
