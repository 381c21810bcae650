package org.mplus.tck.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * What Jetty answers to a request it cannot parse (a URL with "%zz", a control character in a header), before
 * WireMock or the kit see it, instead of its HTML page: one JSON object that carries each vendor's "no such
 * endpoint" error in that vendor's own fields ({"statusCode","statusMsg"} and {"code","msg"}), so whichever
 * vendor's client sent it reads a vendor error, and a line for a person.
 */
final class BadRequestAnswer extends ErrorHandler {

    private final ObjectNode vendorFields;

    BadRequestAnswer(List<VendorModel> vendors) {
        ObjectNode fields = JsonResponse.MAPPER.createObjectNode();
        for (VendorModel v : vendors) {
            try {
                fields.setAll((ObjectNode) JsonResponse.MAPPER.readTree(v.refusalBody(v.unroutable())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(v.profile().vendor() + "'s error body is not JSON", e);
            }
        }
        this.vendorFields = fields;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonResponse.CONTENT_TYPE);
        ObjectNode body = vendorFields.deepCopy();
        body.put("error", "the request is not valid HTTP (" + (reason == null ? "status " + status : reason)
                + "): check the URL's percent-encoding (%zz is none) and the headers (no control characters)");
        return ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
