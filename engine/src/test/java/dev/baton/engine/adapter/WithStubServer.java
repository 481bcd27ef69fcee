// SPDX-License-Identifier: Apache-2.0
package dev.baton.engine.adapter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test class with a fresh {@link StubServer} per test. */
public abstract class WithStubServer {
    protected StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }
}
