package org.mplus.tck.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.mplus.tck.mock.PageVisits;

/**
 * A scenario's page opened as a visit of the mock's ({@link PageVisits}): once the engine has left it, the mock
 * refuses what it still sends, so nothing of it lands in the next scenario.
 */
public record PageVisit(PageSession page, PageVisits visits, URI url) implements PageSession {

    @Override
    public CallOutcome call(String name, ObjectNode options, CallbackMode mode, Duration timeout) {
        return page.call(name, options, mode, timeout);
    }

    @Override
    public void setGlobal(String name, JsonNode value) {
        page.setGlobal(name, value);
    }

    @Override
    public JsonNode bridgeShape() {
        return page.bridgeShape();
    }

    @Override
    public List<PageEvent> events() {
        return page.events();
    }

    @Override
    public void close() {
        try {
            page.close();
        } finally {
            visits.close(url);
        }
    }
}
